namespace Publish.Segmentation;

/// <summary>
/// One SRX 2.0 <c>&lt;rule&gt;</c> (SRX 2.0 §2.4): a break or no-break decision that applies where
/// <see cref="BeforeBreak"/> matches text ending at a position and <see cref="AfterBreak"/> matches text starting there.
/// Patterns are already translated to .NET syntax; an empty pattern matches everywhere.
/// </summary>
internal sealed record SrxRule(bool IsBreak, string BeforeBreak, string AfterBreak, int? Line = null);

/// <summary>A named, ordered list of rules: SRX 2.0 <c>&lt;languagerule&gt;</c>.</summary>
internal sealed record SrxLanguageRule(string Name, IReadOnlyList<SrxRule> Rules);

/// <summary>
/// SRX 2.0 <c>&lt;languagemap&gt;</c>: language codes that fully match <see cref="LanguagePattern"/>
/// (a .NET pattern, translated from ICU) use the language rule called <see cref="LanguageRuleName"/>.
/// </summary>
internal sealed record SrxLanguageMap(string LanguagePattern, string LanguageRuleName);
