// The editor features of the core: outline, folding and selection ranges, hovers, completion and semantic
// tokens, each a pure function of the parsed letter that returns offset ranges. The language server
// converts them to LSP values in server/src/convert.ts; a browser worker could call them as they are.
export { documentSymbols, ITEM_KIND_NAMES, ITEM_SYMBOL_KINDS } from './symbols';
export type { LetterSymbol, LetterSymbolKind } from './symbols';
export { foldingBlocks, selectionChain } from './structure';
export type { FoldingBlock } from './structure';
export { hoverAt, escapeMarkdown } from './hover';
export type { HoverInfo } from './hover';
export { completionsAt, COMPLETION_TRIGGER_CHARACTERS, SIGNING_PREFIXES } from './completion';
export type { CompletionData, CompletionKindName, CompletionOptions, UnitInfo } from './completion';
export { semanticTokens, semanticTokensIn, TOKEN_MODIFIERS, TOKEN_TYPES } from './semantic-tokens';
export type { LetterToken, TokenModifier, TokenType } from './semantic-tokens';
