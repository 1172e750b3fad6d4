using System.CommandLine;
using System.Globalization;
using Publish.Rendering;

namespace Publish.Cli.Commands;

/// <summary>The options of <c>publish render</c> that fill <see cref="RenderOptions"/>: title, author, date and the brief's parts.</summary>
internal sealed class RenderOptionsBinder
{
    private readonly Option<string?> title = new("--title") { Description = "Title to print instead of the document's." };
    private readonly Option<string?> author = new("--author") { Description = "Author stored in the document properties." };
    private readonly Option<string?> date = new("--date") { Description = "Date printed and stored, yyyy-mm-dd (default: today)." };
    private readonly Option<string?> summary = new("--summary") { Description = "Brief: the summary (default: the first translated paragraphs)." };
    private readonly Option<string[]> keyPoints = new("--key-point") { Description = "Brief: a key point (repeat for several; default: the translated headings)." };
    private readonly Option<string?> contact = new("--contact") { Description = "Brief: the contact line." };
    private readonly Option<string[]> sections = new("--section") { Description = "Brief: a source heading whose section to include (repeat; default: all)." };

    public IEnumerable<Option> All => [title, author, date, summary, keyPoints, contact, sections];

    public static RenderOptionsBinder Options() => new();

    public RenderOptions Read(ParseResult parse) => new()
    {
        Title = parse.GetValue(title),
        Author = parse.GetValue(author),
        Date = parse.GetValue(date) is { } text ? ParseDate(text) : null,
        Summary = parse.GetValue(summary),
        KeyPoints = parse.GetValue(keyPoints) is { Length: > 0 } points ? points : null,
        Contact = parse.GetValue(contact),
        Sections = parse.GetValue(sections) is { Length: > 0 } chosen ? chosen : null,
    };

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new PublishInputException(text, "not a date: write yyyy-mm-dd");
}
