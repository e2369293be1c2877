use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use mirai_core::Language;

use crate::Source;

/// Formats messages in any of the nine languages. Built once at start-up and shared.
pub struct Localizer {
    bundles: HashMap<Language, FluentBundle<FluentResource>>,
}

/// The embedded messages could not be loaded; only possible with a broken build.
#[derive(Debug, thiserror::Error)]
pub enum LocalizerError {
    /// A file does not parse as Fluent.
    #[error("{lang}/{file} does not parse")]
    Parse {
        /// Language code.
        lang: String,
        /// File name.
        file: String,
    },
    /// The same message is defined twice for a language.
    #[error("{lang}/{file} redefines a message")]
    Duplicate {
        /// Language code.
        lang: String,
        /// File name.
        file: String,
    },
}

impl Localizer {
    /// A localizer over the messages embedded in this build.
    pub fn embedded() -> Result<Localizer, LocalizerError> {
        Localizer::from_sources(crate::embedded_sources())
    }

    /// A localizer over the given sources; files for unknown language codes are ignored.
    pub fn from_sources(sources: impl IntoIterator<Item = Source>) -> Result<Localizer, LocalizerError> {
        let mut bundles = HashMap::new();
        for source in sources {
            let Ok(lang) = source.lang.parse::<Language>() else { continue };
            let resource = FluentResource::try_new(source.text.to_owned())
                .map_err(|_| LocalizerError::Parse { lang: source.lang.into(), file: source.file.into() })?;
            let bundle = bundles.entry(lang).or_insert_with(|| new_bundle(lang));
            bundle
                .add_resource(resource)
                .map_err(|_| LocalizerError::Duplicate { lang: source.lang.into(), file: source.file.into() })?;
        }
        Ok(Localizer { bundles })
    }

    /// The message `id` in `lang`, with `args` filled in. Falls back to English, then to the
    /// id itself, so the user always sees something.
    pub fn format(&self, lang: Language, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        [lang, Language::En]
            .iter()
            .filter_map(|l| self.bundles.get(l))
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned())
            })
            .unwrap_or_else(|| id.to_owned())
    }

    /// Whether `lang` has the message `id` itself (without falling back).
    pub fn has(&self, lang: Language, id: &str) -> bool {
        self.bundles.get(&lang).is_some_and(|bundle| bundle.has_message(id))
    }
}

fn new_bundle(lang: Language) -> FluentBundle<FluentResource> {
    let tag = lang.bcp47().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Unicode isolation marks show up as stray boxes in some fonts and in copied text; every
    // message is in one direction (no right-to-left language among the nine).
    bundle.set_use_isolating(false);
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources() -> Vec<Source> {
        vec![
            Source {
                lang: "en",
                file: "a.ftl",
                text: "-brand = Mirai\nhello = Hello, { $name }!\nonly-en = English only\n",
            },
            Source { lang: "vi", file: "a.ftl", text: "-brand = Mirai\nhello = Xin chào, { $name }!\n" },
            Source { lang: "xx", file: "a.ftl", text: "hello = ignored\n" },
        ]
    }

    #[test]
    fn formats_with_arguments_and_falls_back() {
        let l10n = Localizer::from_sources(sources()).expect("load");
        assert_eq!(l10n.format(Language::Vi, "hello", &[("name", "Lan")]), "Xin chào, Lan!");
        assert_eq!(l10n.format(Language::Vi, "only-en", &[]), "English only");
        assert_eq!(l10n.format(Language::My, "hello", &[("name", "Aung")]), "Hello, Aung!");
        assert_eq!(l10n.format(Language::Ja, "no-such-message", &[]), "no-such-message");
        assert!(l10n.has(Language::En, "only-en") && !l10n.has(Language::Vi, "only-en"));
    }

    #[test]
    fn broken_sources_are_reported() {
        let broken = [Source { lang: "en", file: "b.ftl", text: "hello = { $unclosed\n" }];
        assert!(matches!(Localizer::from_sources(broken), Err(LocalizerError::Parse { .. })));
        let twice = [
            Source { lang: "en", file: "a.ftl", text: "hello = a\n" },
            Source { lang: "en", file: "b.ftl", text: "hello = b\n" },
        ];
        assert!(matches!(Localizer::from_sources(twice), Err(LocalizerError::Duplicate { .. })));
    }
}
