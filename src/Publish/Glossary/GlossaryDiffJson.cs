using System.Text.Encodings.Web;
using System.Text.Json;

namespace Publish.Glossary;

/// <summary>
/// <c>publish glossary diff --json</c>: <c>{"old": version, "new": version, "added": [entry], "removed": [entry],
/// "changed": [{"id": id, "fields": {column: {"old": cell, "new": cell}}}]}</c>. An entry object has the TSV
/// column names as keys; variants and forbidden are arrays, empty optional values are null.
/// </summary>
public static class GlossaryDiffJson
{
    public static void Write(GlossaryDiffResult diff, Stream stream)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(stream, options);
        json.WriteStartObject();
        json.WriteString("old", diff.OldVersion);
        json.WriteString("new", diff.NewVersion);
        WriteEntries(json, "added", diff.Added);
        WriteEntries(json, "removed", diff.Removed);
        json.WriteStartArray("changed");
        foreach (var change in diff.Changed)
        {
            json.WriteStartObject();
            json.WriteString("id", change.Id);
            json.WriteStartObject("fields");
            foreach (var (field, values) in change.Fields)
            {
                json.WriteStartObject(field);
                json.WriteString("old", values.Old);
                json.WriteString("new", values.New);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteEntries(Utf8JsonWriter json, string name, IReadOnlyList<GlossaryEntry> entries)
    {
        json.WriteStartArray(name);
        foreach (var e in entries)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("nl", e.Source);
            WriteList(json, "variants", e.Variants);
            json.WriteString("en", e.Target);
            WriteList(json, "forbidden", e.Forbidden);
            json.WriteString("kind", GlossaryTsvFormat.KindWord(e.Kind));
            json.WriteString("case", GlossaryTsvFormat.CaseWord(e.CaseSensitive));
            json.WriteString("compounds", GlossaryTsvFormat.CompoundsWord(e.Compounds));
            json.WriteString("domain", e.Domain);
            json.WriteString("note", e.Note);
            json.WriteString("source", e.Reference);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }
}
