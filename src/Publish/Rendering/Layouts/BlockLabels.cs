using Publish.Documents;

namespace Publish.Rendering.Layouts;

/// <summary>
/// The labels that structure a Q&amp;A document (who asked, which answer) in Dutch and English, and the
/// heading level of a block. A label is printed once for a run of blocks it covers: consecutive questions
/// of one group, or the paragraphs of one numbered answer.
/// </summary>
internal static class BlockLabels
{
    public static (string Dutch, string English)? For(Block block, Block? previous) => block.Kind switch
    {
        BlockKind.Question when previous is null || previous.Kind != BlockKind.Question || previous.Party != block.Party || block.Number is not null =>
            (block.Label ?? DutchQuestion(block), EnglishQuestion(block)),
        BlockKind.Answer when previous is null || previous.Kind != BlockKind.Answer || previous.Number != block.Number =>
            (block.Label ?? Join("Antwoord", block.Number), Join("Answer", block.Number)),
        _ => null,
    };

    /// <summary>
    /// H1 is the document title above everything; a source title is H2 and the headings under it H3, or
    /// H2 where the source has no title, so levels never skip (PDF 1.7 §14.8.4.3: H1–H6 nest in order).
    /// </summary>
    public static int HeadingLevel(Block block, bool sourceHasTitle) =>
        block.Kind == BlockKind.Title ? 2 : sourceHasTitle ? 3 : 2;

    /// <summary>
    /// An English title for a document whose title is missing or untranslated: its kind, and the identifier the
    /// source printed (e.g. "ah-tk-20232024-2367") when it has one; the file name is already in the subtitle.
    /// </summary>
    public static string FallbackTitle(TranslatedDocument document) => document.Source.Kind switch
    {
        DocumentKind.Qa => "Written questions and answers",
        DocumentKind.Letter => "Letter to Parliament",
        DocumentKind.Agenda => "Agenda",
        DocumentKind.Report => "Report",
        _ => "Document",
    } + (document.Source.Metadata.TryGetValue("identifier", out var identifier) ? " " + identifier : "");

    private static string DutchQuestion(Block block) =>
        Join("Vraag", block.Number) + (block.Party is { } party ? $" van de {party}-fractie" : "");

    private static string EnglishQuestion(Block block) =>
        Join("Question", block.Number) + (block.Party is { } party ? $" from the {party} group" : "");

    private static string Join(string word, string? number) => number is null ? word : word + " " + number;
}
