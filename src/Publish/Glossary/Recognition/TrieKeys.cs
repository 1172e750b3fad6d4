namespace Publish.Glossary.Recognition;

/// <summary>Collects (key, form) pairs for one <see cref="FormTrie"/>.</summary>
internal sealed class TrieKeys
{
    private readonly List<string> keys = [];
    private readonly List<int> forms = [];

    public int Count => keys.Count;

    public void Add(string key, int form)
    {
        keys.Add(key);
        forms.Add(form);
    }

    public FormTrie Build() => new([.. keys], [.. forms]);
}

/// <summary>How a walk maps text characters onto trie keys; a type parameter, so each walk is compiled for one.</summary>
internal interface ICharFolding
{
    static abstract char Fold(char c);
}

/// <summary>For case-insensitive forms: lower case and plain punctuation.</summary>
internal readonly struct CaseFolding : ICharFolding
{
    public static char Fold(char c) => TermText.FoldCase(c);
}

/// <summary>For case-sensitive forms: capitals kept, punctuation made plain.</summary>
internal readonly struct PunctuationFolding : ICharFolding
{
    public static char Fold(char c) => TermText.FoldPunctuation(c);
}
