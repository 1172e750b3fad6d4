namespace Publish.Documents;

/// <summary>How the source reached us; the JSON contract's <c>source.format</c>.</summary>
public enum SourceFormat
{
    Text,
    Pdf,
    Docx,
    Markdown,
}

/// <summary>What sort of parliamentary document this is; the contract's <c>kind</c>.</summary>
public enum DocumentKind
{
    Report,
    Letter,
    Qa,
    Agenda,
    Other,
}

/// <summary>Structural role of a block; serialised in kebab case (<c>list-item</c>, <c>table-row</c>).</summary>
public enum BlockKind
{
    Title,
    Heading,
    Paragraph,
    Question,
    Answer,
    ListItem,
    Salutation,
    Closing,
    Signature,
    Footnote,
    TableRow,
    Other,
}

/// <summary>Kind of a recognised placeable: text a translator copies or converts rather than translates.</summary>
public enum PlaceableKind
{
    Date,
    Number,
    Amount,
    Percent,
    Kamerstuk,
    Reference,
    Url,
    Email,
    Time,
    Other,
}
