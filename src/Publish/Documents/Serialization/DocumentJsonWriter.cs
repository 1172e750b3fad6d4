using System.Text.Encodings.Web;
using System.Text.Json;

namespace Publish.Documents.Serialization;

/// <summary>
/// Writes a document as <c>publish.document/1</c> JSON (see shared/contracts/document.schema.json). Written by hand
/// with <see cref="Utf8JsonWriter"/> so that field order and names are exactly the contract's, independent of
/// the model's C# shape; extra fields (label, level, line, cells, footnote anchors, metadata) follow the required ones.
/// </summary>
public static class DocumentJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One document as an object; several as an array of documents. Ends with a newline.</summary>
    public static void Write(IReadOnlyList<PublishDocument> documents, Stream output)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            if (documents.Count == 1)
            {
                Write(documents[0], json);
            }
            else
            {
                json.WriteStartArray();
                foreach (var document in documents)
                {
                    Write(document, json);
                }

                json.WriteEndArray();
            }
        }

        output.WriteByte((byte)'\n');
    }

    public static void Write(PublishDocument document, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("schema", document.Schema);
        json.WriteStartObject("source");
        json.WriteString("path", document.Source.Path);
        json.WriteString("format", ContractNames.Of(document.Source.Format));
        json.WriteString("sha256", document.Source.Sha256);
        json.WriteEndObject();
        json.WriteString("language", document.Language);
        json.WriteString("kind", ContractNames.Of(document.Kind));
        WriteNullable(json, "title", document.Title);
        if (document.Glossary is { } glossary)
        {
            json.WriteStartObject("glossary");
            json.WriteString("version", glossary.Version);
            json.WriteEndObject();
        }

        WriteWarnings(json, document.Warnings);
        json.WriteStartObject("metadata");
        foreach (var (key, value) in document.Metadata)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        json.WriteStartArray("blocks");
        foreach (var block in document.Blocks)
        {
            BlockJsonWriter.Write(json, block);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteWarnings(Utf8JsonWriter json, List<DocumentWarning> warnings)
    {
        json.WriteStartArray("warnings");
        foreach (var warning in warnings)
        {
            json.WriteStartObject();
            json.WriteString("code", warning.Code);
            json.WriteString("message", warning.Message);
            if (warning.Line is { } line)
            {
                json.WriteNumber("line", line);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
