//! Deterministic "randomness" from the stored seed. The domain never asks the OS for random
//! numbers: a tie is broken by hashing the seed with the person's id, so every machine that
//! has the same settings breaks it the same way.

use crate::domain::ids::PersonId;

/// SplitMix64's finalizer: a cheap, well-mixed 64-bit hash.
pub(crate) fn splitmix64(value: u64) -> u64 {
    let mut z = value.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A person's place among equals for one decision. `salt` varies per decision (a meeting's
/// number) so the same person does not win every tie.
pub(crate) fn tie_rank(seed: u64, person: PersonId, salt: u64) -> u64 {
    let (high, low) = person.0.as_u64_pair();
    splitmix64(seed ^ splitmix64(high ^ splitmix64(low ^ splitmix64(salt))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_inputs_give_the_same_rank() {
        let ada = PersonId::from_u128(1);
        assert_eq!(tie_rank(7, ada, 3), tie_rank(7, ada, 3));
    }

    #[test]
    fn seed_person_and_salt_each_change_the_rank() {
        let ada = PersonId::from_u128(1);
        let base = tie_rank(7, ada, 3);
        assert_ne!(base, tie_rank(8, ada, 3));
        assert_ne!(base, tie_rank(7, PersonId::from_u128(2), 3));
        assert_ne!(base, tie_rank(7, ada, 4));
    }

    #[test]
    fn splitmix_matches_the_reference_sequence() {
        // The first output of the reference SplitMix64 generator seeded with 0.
        assert_eq!(splitmix64(0), 0xE220_A839_7B1D_CDAF);
    }
}
