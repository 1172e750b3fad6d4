using Publish.Documents;

namespace Publish.Ingest.Structure;

/// <summary>Tells a written consultation (Q&amp;A), a letter, an annotated agenda and a report apart by their parts.</summary>
internal static class DocumentKindClassifier
{
    public static DocumentKind Classify(PublishDocument document)
    {
        var blocks = document.Blocks;
        if (blocks.Any(b => b.Kind == BlockKind.Answer))
        {
            return DocumentKind.Qa;
        }

        var title = document.Title ?? "";
        if (title.Contains("AGENDA", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentKind.Agenda;
        }

        if (blocks.Any(b => b.Kind == BlockKind.Salutation))
        {
            return DocumentKind.Letter;
        }

        if (title.StartsWith("VERSLAG", StringComparison.OrdinalIgnoreCase) || blocks.Count(b => b.Kind == BlockKind.Paragraph) >= 3)
        {
            return DocumentKind.Report;
        }

        return blocks.Any(b => b.Kind == BlockKind.Closing) ? DocumentKind.Letter : DocumentKind.Other;
    }
}
