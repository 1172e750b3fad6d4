namespace Publish.Glossary.Recognition;

/// <summary>
/// A trie of folded glossary forms (<see cref="TermText.FoldCase"/>), built once, then read by any number of
/// threads. Transitions from the root sit in a table indexed by character, because every walk starts there;
/// deeper transitions sit in one open-addressing hash table keyed by (node, character), which keeps a
/// 100,000-entry glossary at a few million small integers instead of a few million objects.
/// </summary>
internal sealed class FormTrie
{
    public const int None = -1;
    private const int RootNode = 0;

    private readonly int[] rootChildren = new int[char.MaxValue + 1];
    private ulong[] keys = new ulong[1024];
    private int[] children = new int[1024];
    private int transitionCount;
    private int nodeCount = 1;

    // Forms ending at a node, as singly linked lists: head per node, next per registration.
    private int[] firstRegistration = new int[256];
    private int[] registrationForm = new int[256];
    private int[] nextRegistration = new int[256];
    private int registrationCount;

    public FormTrie()
    {
        Array.Fill(rootChildren, None);
        Array.Fill(firstRegistration, None);
    }

    public static int Root => RootNode;

    public int NodeCount => nodeCount;

    /// <summary>Adds a folded key, calling the form by <paramref name="form"/>; empty keys are ignored.</summary>
    public void Add(string foldedKey, int form)
    {
        if (foldedKey.Length == 0)
        {
            return;
        }

        var node = RootNode;
        foreach (var c in foldedKey)
        {
            var next = Step(node, c);
            node = next == None ? AddChild(node, c) : next;
        }

        EnsureRegistrationCapacity();
        registrationForm[registrationCount] = form;
        nextRegistration[registrationCount] = firstRegistration[node];
        firstRegistration[node] = registrationCount++;
    }

    /// <summary>The child of <paramref name="node"/> along folded character <paramref name="c"/>, or <see cref="None"/>.</summary>
    public int Step(int node, char c)
    {
        if (node == RootNode)
        {
            return rootChildren[c];
        }

        var key = Key(node, c);
        var mask = keys.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            var stored = keys[slot];
            if (stored == key)
            {
                return children[slot];
            }

            if (stored == 0)
            {
                return None;
            }
        }
    }

    /// <summary>First registration of a form ending at <paramref name="node"/>, or <see cref="None"/>.</summary>
    public int FirstRegistration(int node) => firstRegistration[node];

    public int NextRegistration(int registration) => nextRegistration[registration];

    public int FormOf(int registration) => registrationForm[registration];

    // Node ids start at 1 below the root, so a key is never 0, which marks an empty slot.
    private static ulong Key(int node, char c) => ((ulong)(uint)node << 16) | c;

    private static int Slot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & mask;

    private int AddChild(int node, char c)
    {
        var child = nodeCount++;
        if (child == firstRegistration.Length)
        {
            var grown = new int[child * 2];
            Array.Copy(firstRegistration, grown, child);
            Array.Fill(grown, None, child, grown.Length - child);
            firstRegistration = grown;
        }

        if (node == RootNode)
        {
            rootChildren[c] = child;
            return child;
        }

        if ((transitionCount + 1) * 2 > keys.Length)
        {
            Rehash(keys.Length * 2);
        }

        Insert(Key(node, c), child);
        transitionCount++;
        return child;
    }

    private void Insert(ulong key, int child)
    {
        var mask = keys.Length - 1;
        var slot = Slot(key, mask);
        while (keys[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        keys[slot] = key;
        children[slot] = child;
    }

    private void Rehash(int capacity)
    {
        var oldKeys = keys;
        var oldChildren = children;
        keys = new ulong[capacity];
        children = new int[capacity];
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != 0)
            {
                Insert(oldKeys[i], oldChildren[i]);
            }
        }
    }

    private void EnsureRegistrationCapacity()
    {
        if (registrationCount < registrationForm.Length)
        {
            return;
        }

        Array.Resize(ref registrationForm, registrationCount * 2);
        Array.Resize(ref nextRegistration, registrationCount * 2);
    }
}
