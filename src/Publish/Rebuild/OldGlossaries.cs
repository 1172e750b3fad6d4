using Publish.Glossary;
using Publish.Projects;

namespace Publish.Rebuild;

/// <summary>
/// The glossary a document was last built with, from the project's snapshots, or the one <c>--since</c> names
/// (a stored version, else a folder or git revision). Each version is loaded and diffed once.
/// </summary>
internal sealed class OldGlossaries(PublishProject project, Glossary.Glossary current, string? since, bool dryRun)
{
    private readonly Dictionary<string, (Glossary.Glossary Glossary, ChangedEntries Changes)> loaded = new(StringComparer.Ordinal);
    private Glossary.Glossary? sinceGlossary;

    /// <summary>The old glossary for a document recorded with <paramref name="version"/> and what changed since.</summary>
    /// <exception cref="PublishInputException">No snapshot of that version is stored and no <c>--since</c> was given.</exception>
    public (Glossary.Glossary Glossary, ChangedEntries Changes) For(string? version)
    {
        var old = since is not null ? (sinceGlossary ??= LoadSince(since)) : Stored(version);
        if (!loaded.TryGetValue(old.Version, out var pair))
        {
            pair = (old, new ChangedEntries(GlossaryDiff.Compare(old, current)));
            loaded[old.Version] = pair;
        }

        return pair;
    }

    private Glossary.Glossary Stored(string? version)
    {
        if (version is null)
        {
            throw new PublishInputException(project.Root, "was added without a glossary; name the glossary to compare with: publish rebuild --since VERSION|DIR|REV");
        }

        if (loaded.TryGetValue(version, out var known))
        {
            return known.Glossary;
        }

        return project.Store.FindGlossarySnapshot(version) is { } entries
            ? GlossarySnapshot.Load(version, entries)
            : throw new PublishInputException(project.Root, $"no snapshot of glossary {version} in the project (added before snapshots were kept); pass --since VERSION|DIR|REV");
    }

    private Glossary.Glossary LoadSince(string spec)
    {
        if (project.Store.FindGlossarySnapshot(spec) is { } entries)
        {
            return GlossarySnapshot.Load(spec, entries);
        }

        var glossary = GlossaryDiffSource.Load(spec, project.Root);
        if (!dryRun)
        {
            GlossarySnapshot.Keep(project.Store, glossary);
        }

        return glossary;
    }
}
