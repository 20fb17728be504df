//! English for what went wrong and what is allowed: field validation, typed
//! numbers, share links, imports, saved data and profile versions.
