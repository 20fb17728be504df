//! Comparing scenarios: which inputs differ, for the compare view to
//! highlight.
//!
//! Paths are dotted (`workload.requests_per_month`), one per leaf field (a
//! number, text, a choice, a yes/no, or an optional override), in the order the
//! profile declares its fields, which is the order of the form.

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::profile::Profile;

/// The dotted paths of the leaf fields whose values differ between `a` and
/// `b`, in the profile's field order. The scenario's `name` is left out: it
/// names the columns rather than being an input.
pub fn differing_fields(a: &Profile, b: &Profile) -> Vec<String> {
    differing_fields_among(&[a, b])
}

/// The dotted paths of the leaf fields on which any of `profiles` differs from
/// the others (two or three side by side), in the profile's field order,
/// without `name`. Empty for fewer than two profiles.
pub fn differing_fields_among(profiles: &[&Profile]) -> Vec<String> {
    let Some((first, others)) = profiles.split_first() else {
        return Vec::new();
    };
    if others.is_empty() {
        return Vec::new();
    }
    let first_value = first.to_value();
    let other_values: Vec<serde_json::Value> =
        others.iter().map(|profile| profile.to_value()).collect();
    leaf_paths(first)
        .into_iter()
        .filter(|path| path != "name")
        .filter(|path| {
            let mine = Profile::value_at(&first_value, path);
            other_values
                .iter()
                .any(|other| Profile::value_at(other, path) != mine)
        })
        .collect()
}

/// Every leaf field's dotted path, in declaration order. `Profile::to_value`
/// sorts keys (serde_json's map is ordered by key), so the order is read from
/// the serialised text instead, whose keys follow the struct.
fn leaf_paths(profile: &Profile) -> Vec<String> {
    let mut paths = Vec::new();
    let Ok(text) = serde_json::to_string(profile) else {
        return paths;
    };
    let mut reader = serde_json::Deserializer::from_str(&text);
    let collector = Paths {
        prefix: String::new(),
        out: &mut paths,
    };
    // The text was just written by serde_json, so it reads; on the impossible
    // failure the paths found so far are returned.
    let _ = collector.deserialize(&mut reader);
    paths
}

/// Collects the paths of the leaves under `prefix`.
struct Paths<'a> {
    prefix: String,
    out: &'a mut Vec<String>,
}

impl<'de> DeserializeSeed<'de> for Paths<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Paths<'_> {
    fn leaf<E>(self) -> Result<(), E> {
        self.out.push(self.prefix);
        Ok(())
    }
}

impl<'de> Visitor<'de> for Paths<'_> {
    type Value = ();

    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("a profile")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Paths { prefix, out } = self;
        while let Some(key) = map.next_key::<String>()? {
            let path = if prefix.is_empty() {
                key
            } else {
                format!("{prefix}.{key}")
            };
            map.next_value_seed(Paths {
                prefix: path,
                out: &mut *out,
            })?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.leaf()
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        self.leaf()
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        self.leaf()
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        self.leaf()
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        self.leaf()
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        self.leaf()
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        self.leaf()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Precision;

    #[test]
    fn the_same_profile_differs_nowhere() {
        let profile = Profile::default();
        assert!(differing_fields(&profile, &profile.clone()).is_empty());
    }

    #[test]
    fn differences_come_in_the_profile_field_order() {
        let a = Profile::default();
        let mut b = Profile::default();
        // Set in an order unlike the profile's, to see the output sorted by it.
        b.decision.ranges.gpu_price.high = 2.0;
        b.routes.self_hosted.precision = Precision::Int4;
        b.routes.self_hosted.gpu_hour_usd_override = Some(1.5);
        b.workload.requests_per_month = 1.0;
        b.organisation.investment_usd = 1.0;
        b.currency.rates.source = "Treasury".to_owned();
        b.requirements.vendor_sla_needed = true;
        assert_eq!(
            differing_fields(&a, &b),
            [
                "organisation.investment_usd",
                "workload.requests_per_month",
                "requirements.vendor_sla_needed",
                "routes.self_hosted.precision",
                "routes.self_hosted.gpu_hour_usd_override",
                "currency.rates.source",
                "decision.ranges.gpu_price.high",
            ]
        );
        assert_eq!(differing_fields(&b, &a), differing_fields(&a, &b));
    }

    #[test]
    fn the_name_is_not_an_input() {
        let a = Profile::default();
        let mut b = Profile {
            name: "Other".to_owned(),
            ..Profile::default()
        };
        assert!(differing_fields(&a, &b).is_empty());
        b.team.ml_engineers = 4.0;
        assert_eq!(differing_fields(&a, &b), ["team.ml_engineers"]);
    }

    #[test]
    fn an_override_set_or_cleared_is_a_difference() {
        let a = Profile::default();
        let mut b = Profile::default();
        b.team.ml_engineer_loaded_usd_per_year = Some(200_000.0);
        assert_eq!(
            differing_fields(&a, &b),
            ["team.ml_engineer_loaded_usd_per_year"]
        );
    }

    #[test]
    fn three_profiles_differ_where_any_one_does() {
        let a = Profile::default();
        let mut b = Profile::default();
        let mut c = Profile::default();
        b.workload.batch_share = 0.5;
        c.routes.horizon_months = 12;
        assert_eq!(
            differing_fields_among(&[&a, &b, &c]),
            ["workload.batch_share", "routes.horizon_months"]
        );
        assert!(differing_fields_among(&[&a]).is_empty());
        assert!(differing_fields_among(&[]).is_empty());
    }

    #[test]
    fn every_leaf_of_the_profile_has_a_path() {
        let paths = leaf_paths(&Profile::default());
        assert_eq!(paths.first().map(String::as_str), Some("schema_version"));
        assert!(paths.contains(&"decision.draws".to_owned()));
        let whole = Profile::default().to_value();
        for path in &paths {
            let value = Profile::value_at(&whole, path);
            assert!(
                value.is_some_and(|value| !value.is_object()),
                "{path} is not a leaf"
            );
        }
    }
}
