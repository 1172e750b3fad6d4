using Publish.Memory.Sqlite;
using Publish.Projects;

namespace Publish.Tests.Projects;

/// <summary>A project in a temporary folder with sample 004 added; deleted afterwards.</summary>
internal sealed class TemporaryProject : IDisposable
{
    public TemporaryProject(bool addSample = true)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("publish-project-").FullName;
        Project = PublishProject.Init(Directory);
        // The repository's glossary, so that segments carry terms as they do in a real project.
        var glossary = System.IO.Directory.CreateDirectory(Project.GlossaryPath).FullName;
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(Samples.Root, "glossary"), "*.tsv"))
        {
            File.Copy(file, Path.Combine(glossary, Path.GetFileName(file)));
        }

        if (addSample)
        {
            DocumentId = new ProjectIngest(Project).Add(Samples.PathOf("004")).DocumentId;
        }
    }

    public string Directory { get; }

    public PublishProject Project { get; }

    public string DocumentId { get; } = "";

    public IProjectStore Store => Project.Store;

    public SqliteTranslationMemory OpenMemory() => Project.OpenMemory();

    public void Dispose()
    {
        Project.Dispose();
        System.IO.Directory.Delete(Directory, true);
    }
}
