using Publish.Memory;
using Publish.Memory.Sqlite;

namespace Publish.Tests.Memory;

/// <summary>A memory in a fresh temporary folder, deleted with it.</summary>
internal sealed class TemporaryMemory : IDisposable
{
    public TemporaryMemory()
    {
        Folder = Directory.CreateTempSubdirectory("publish-tm-").FullName;
        Path = System.IO.Path.Combine(Folder, "tm.db");
        Memory = SqliteTranslationMemory.Open(Path);
    }

    public string Folder { get; }

    public string Path { get; }

    public SqliteTranslationMemory Memory { get; }

    public TranslationMemoryLookup Lookup => new(Memory);

    public void Add(string source, string target) => Memory.AddOrUpdate([new TranslationUnit(source, target)]);

    public void Dispose()
    {
        Memory.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
