//! The topics of the CGRS personal interview (seed 000), used to organise
//! notes and practice questions.

use crate::checklist::id_enum;

id_enum! {
    /// A topic the protection officer asks about.
    Topic, "topic" {
        WhoYouAre = "who-you-are",
        WhereYouComeFrom = "where-you-come-from",
        LifeThere = "life-there",
        Journey = "journey",
        Documents = "documents",
        WhyYouLeft = "why-you-left",
        WhyYouCannotReturn = "why-you-cannot-return",
    }
}

impl Topic {
    /// English title (the apps translate by id).
    pub fn title(self) -> &'static str {
        match self {
            Topic::WhoYouAre => "Who you are",
            Topic::WhereYouComeFrom => "Where you come from",
            Topic::LifeThere => "Your life in your country",
            Topic::Journey => "How you travelled to Belgium",
            Topic::Documents => "Your documents",
            Topic::WhyYouLeft => "Why you left your country",
            Topic::WhyYouCannotReturn => "Why you cannot go back",
        }
    }
}
