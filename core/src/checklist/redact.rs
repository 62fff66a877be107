//! `Debug` that shows nothing of a value the user entered: not the text
//! (already `UserText`), and not the dates, numbers, choices or template ids
//! either (a template id such as `lgbtqia-evidence`, a date of birth or a
//! preference for a female interpreter is personal too).

/// Implements `Debug` as `TypeName { .. }`.
macro_rules! redacted_debug {
    ($($t:ty),+ $(,)?) => {
        $(impl ::std::fmt::Debug for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(stringify!($t)).finish_non_exhaustive()
            }
        })+
    };
}
pub(crate) use redacted_debug;
