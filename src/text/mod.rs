//! Text structure: tokens, sentences, paragraphs.

pub mod sentence;
pub mod token;

pub use sentence::Sentence;
pub use token::{Token, TokenKind};

use crate::span::Span;

/// A text split into tokens, sentences and paragraphs: the input of every
/// recognizer.
#[derive(Clone, Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Span>,
}

impl<'t> Document<'t> {
    pub fn parse(text: &'t str) -> Document<'t> {
        let tokens = token::tokenize(text);
        let (paragraphs, sentences) = sentence::split(text, &tokens);
        Document { text, tokens, sentences, paragraphs }
    }

    /// The text of token `i` (`""` when out of range).
    pub fn tok(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.span.of(self.text))
    }
}
