//! English for the cost report: assumption labels, cost notes, sizing notes,
//! comparisons and the Markdown and CSV exports.
