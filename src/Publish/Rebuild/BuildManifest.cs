using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Publish.Documents;
using Publish.Glossary;

namespace Publish.Rebuild;

/// <summary>
/// The inputs of one output, as content hashes: the source file, the translations (segment id, status, target
/// in reading order), the glossary entries the document's terms use (their TSV rows), the template and the
/// renderer with its version. An output whose manifest hash is unchanged is not rendered again.
/// </summary>
internal sealed record BuildManifest(string Source, string Translations, string GlossaryEntries, string Template, string Renderer)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static BuildManifest Of(TranslatedDocument document, Glossary.Glossary? glossary, IDocumentRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(renderer);
        var translations = new StringBuilder();
        foreach (var segment in document.Source.Segments)
        {
            var translation = document.For(segment);
            translations.Append(segment.Id).Append('\t').Append(translation.Status).Append('\t').Append(translation.Target).Append('\n');
        }

        var entries = document.Source.Segments.SelectMany(s => s.Terms).Select(t => t.Entry).OfType<string>()
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => glossary?.Find(id) is { } entry ? GlossaryTsvFormat.Row(entry) : id + "\t(not in the glossary)");
        var template = renderer.TemplatePath is { } path && File.Exists(path) ? Sha256(File.ReadAllBytes(path)) : "-";
        return new BuildManifest(document.Source.Source.Sha256, Sha256(translations.ToString()), Sha256(string.Join('\n', entries)), template, renderer.Name + "@" + renderer.Version);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>The hash over every input: what the output's record is compared with (not part of the JSON it hashes).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string InputsSha256 => Sha256(ToJson());

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
