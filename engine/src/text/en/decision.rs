//! English for the decision: reasons, flip points, suitability factors,
//! hard constraints, the article check and the uncertainty inputs.
