//! The link's compactness: a profile is sent as what differs from a base
//! profile (the defaults), and read back by laying those changes over the base.

use serde_json::{Map, Value};

/// What in `current` differs from `base`: objects are compared field by field
/// and keep only the fields that differ; any other value is kept whole when it
/// differs. `None` when nothing differs.
pub fn changes(current: &Value, base: &Value) -> Option<Value> {
    match (current, base) {
        (Value::Object(current), Value::Object(base)) => {
            let mut out = Map::new();
            for (key, value) in current {
                let changed = match base.get(key) {
                    Some(base_value) => changes(value, base_value),
                    None => Some(value.clone()),
                };
                if let Some(changed) = changed {
                    out.insert(key.clone(), changed);
                }
            }
            (!out.is_empty()).then_some(Value::Object(out))
        }
        _ => (current != base).then(|| current.clone()),
    }
}

/// Lays `changes` over `base`: objects merge field by field, any other value
/// replaces what was there (`null` included: it is how an optional override
/// is cleared, not a deletion as in RFC 7396).
pub fn apply(base: &mut Value, changes: &Value) {
    match (base, changes) {
        (Value::Object(base), Value::Object(changes)) => {
            for (key, change) in changes {
                match base.get_mut(key) {
                    Some(slot) => apply(slot, change),
                    None => {
                        base.insert(key.clone(), change.clone());
                    }
                }
            }
        }
        (base, changes) => *base = changes.clone(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn keeps_only_what_differs() {
        let base = json!({"a": 1, "b": {"c": 2, "d": [1, 2]}, "e": null, "f": "x"});
        let current = json!({"a": 1, "b": {"c": 3, "d": [1, 2]}, "e": 4.5, "f": "x"});
        assert_eq!(
            changes(&current, &base),
            Some(json!({"b": {"c": 3}, "e": 4.5}))
        );
        assert_eq!(changes(&base, &base), None);
        let cleared = json!({"a": 1, "b": {"c": 2, "d": [1]}, "e": null, "f": "x"});
        assert_eq!(changes(&cleared, &base), Some(json!({"b": {"d": [1]}})));
    }

    #[test]
    fn applying_the_changes_gives_back_the_value() {
        let base = json!({"a": 1, "b": {"c": 2, "d": 3}, "e": 7});
        let current = json!({"a": 1, "b": {"c": 5, "d": 3}, "e": null});
        let Some(diff) = changes(&current, &base) else {
            panic!("they differ");
        };
        let mut merged = base.clone();
        apply(&mut merged, &diff);
        assert_eq!(merged, current);
    }

    #[test]
    fn a_change_of_kind_replaces_the_whole_value() {
        let mut base = json!({"a": {"b": 1}});
        apply(&mut base, &json!({"a": 5, "z": {"y": 1}}));
        assert_eq!(base, json!({"a": 5, "z": {"y": 1}}));
        let mut base = json!({"a": 5});
        apply(&mut base, &json!({"a": {"b": 1}}));
        assert_eq!(base, json!({"a": {"b": 1}}));
    }
}
