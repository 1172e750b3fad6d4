using Publish.Memory;

namespace Publish.Interchange.Tmx;

/// <summary>
/// A <see cref="TranslationUnit"/> as a record of the import's spill file (<see cref="TmxSpill"/>): its strings
/// length-prefixed (<see cref="BinaryWriter.Write(string)"/>), optional ones after a presence flag, dates as
/// UTC ticks and offset minutes. Written and read by the same process only, so no version is recorded.
/// </summary>
internal static class TranslationUnitRecord
{
    public static void Write(BinaryWriter writer, TranslationUnit unit)
    {
        writer.Write(unit.Source);
        writer.Write(unit.Target);
        writer.Write(unit.SourceLanguage);
        writer.Write(unit.TargetLanguage);
        writer.Write(unit.PreviousSourceHash);
        writer.Write(unit.NextSourceHash);
        Optional(writer, unit.DocumentId);
        Optional(writer, unit.Creator);
        Optional(writer, unit.GlossaryVersion);
        Date(writer, unit.Created);
        Date(writer, unit.Changed);
    }

    public static TranslationUnit Read(BinaryReader reader) => new(reader.ReadString(), reader.ReadString())
    {
        SourceLanguage = reader.ReadString(),
        TargetLanguage = reader.ReadString(),
        PreviousSourceHash = reader.ReadInt64(),
        NextSourceHash = reader.ReadInt64(),
        DocumentId = Optional(reader),
        Creator = Optional(reader),
        GlossaryVersion = Optional(reader),
        Created = Date(reader),
        Changed = Date(reader),
    };

    private static void Optional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? Optional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void Date(BinaryWriter writer, DateTimeOffset date)
    {
        writer.Write(date.UtcTicks);
        writer.Write((short)date.Offset.TotalMinutes);
    }

    private static DateTimeOffset Date(BinaryReader reader)
    {
        var ticks = reader.ReadInt64();
        var offset = TimeSpan.FromMinutes(reader.ReadInt16());
        return new DateTimeOffset(ticks + offset.Ticks, offset);
    }
}
