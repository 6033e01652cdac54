//! "Did you mean" suggestions: the nearest candidates by edit distance.

/// Up to `limit` candidates closest to `name`, closest first, only those plausibly meant.
pub fn nearest_matches<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>, limit: usize) -> Vec<&'a str> {
    let lower = name.to_ascii_lowercase();
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|candidate| {
            let distance = levenshtein(&lower, &candidate.to_ascii_lowercase());
            let threshold = (name.chars().count().max(candidate.chars().count()) / 2).max(2);
            (distance <= threshold).then_some((distance, candidate))
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(limit).map(|(_, c)| c).collect()
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_first() {
        let names = ["amount", "account", "time", "amounts"];
        assert_eq!(nearest_matches("amout", names, 3), vec!["amount", "amounts", "account"]);
        assert!(nearest_matches("zzzzzzzz", names, 3).is_empty());
    }
}
