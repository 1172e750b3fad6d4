namespace Publish.Documents.Serialization;

/// <summary>The human-readable form of <c>publish segment --format text</c>: one segment per line, with id and block kind.</summary>
public static class DocumentTextWriter
{
    public static void Write(PublishDocument document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var block in document.Blocks)
        {
            var kind = ContractNames.Of(block.Kind);
            if (block.Number is { } number)
            {
                kind += " " + number;
            }

            if (block.Party is { } party)
            {
                kind += " (" + party + ")";
            }

            foreach (var segment in block.Segments)
            {
                var notes = segment.Footnotes.Count > 0 ? " [^" + string.Join(",", segment.Footnotes) + "]" : "";
                output.WriteLine($"{segment.Id}\t{kind}\t{segment.Text}{notes}");
            }
        }
    }
}
