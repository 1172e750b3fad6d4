using System.Text.Json;

namespace Publish.Documents.Serialization;

/// <summary>Blocks, segments, terms and placeables in the contract's shape.</summary>
internal static class BlockJsonWriter
{
    public static void Write(Utf8JsonWriter json, Block block)
    {
        json.WriteStartObject();
        json.WriteString("id", block.Id);
        json.WriteString("kind", ContractNames.Of(block.Kind));
        DocumentJsonWriter.WriteNullable(json, "number", block.Number);
        DocumentJsonWriter.WriteNullable(json, "party", block.Party);
        DocumentJsonWriter.WriteNullable(json, "answers", block.Answers);
        json.WriteString("text", block.Text);
        if (block.Label is { } label)
        {
            json.WriteString("label", label);
        }

        if (block.Level is { } level)
        {
            json.WriteNumber("level", level);
        }

        if (block.Line is { } line)
        {
            json.WriteNumber("line", line);
        }

        if (block.Cells is { } cells)
        {
            json.WriteStartArray("cells");
            cells.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }

        json.WriteStartArray("segments");
        foreach (var segment in block.Segments)
        {
            WriteSegment(json, segment);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSegment(Utf8JsonWriter json, Segment segment)
    {
        json.WriteStartObject();
        json.WriteString("id", segment.Id);
        json.WriteString("text", segment.Text);
        json.WriteNumber("start", segment.Start);
        json.WriteStartArray("footnotes");
        segment.Footnotes.ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteStartArray("terms");
        foreach (var term in segment.Terms)
        {
            json.WriteStartObject();
            json.WriteNumber("start", term.Start);
            json.WriteNumber("length", term.Length);
            json.WriteString("source", term.Source);
            json.WriteString("target", term.Target);
            if (term.Entry is { } entry)
            {
                json.WriteString("entry", entry);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("placeables");
        foreach (var placeable in segment.Placeables)
        {
            json.WriteStartObject();
            json.WriteNumber("start", placeable.Start);
            json.WriteNumber("length", placeable.Length);
            json.WriteString("kind", ContractNames.Of(placeable.Kind));
            json.WriteString("text", placeable.Text);
            DocumentJsonWriter.WriteNullable(json, "target", placeable.Target);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
