use std::str::FromStr;

/// How large the app draws its text. Many users read with effort, on small cheap screens;
/// a bigger size must reflow, never clip (WCAG 1.4.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    /// The platform's default size.
    #[default]
    Normal,
    /// About 125 %.
    Large,
    /// About 150 %.
    Larger,
}

/// A stored or requested text size that is not one of the three.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown text size")]
pub struct UnknownTextSize;

impl TextSize {
    /// Every size, smallest first.
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Larger];

    /// The stable name used in storage and IPC.
    pub fn code(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }
}

impl FromStr for TextSize {
    type Err = UnknownTextSize;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        TextSize::ALL.into_iter().find(|s| s.code() == code).ok_or(UnknownTextSize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for size in TextSize::ALL {
            assert_eq!(size.code().parse(), Ok(size));
        }
        assert_eq!("huge".parse::<TextSize>(), Err(UnknownTextSize));
    }
}
