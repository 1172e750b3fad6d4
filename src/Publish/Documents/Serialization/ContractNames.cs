namespace Publish.Documents.Serialization;

/// <summary>The contract's spelling of the model's enums: lower case, words joined by hyphens.</summary>
public static class ContractNames
{
    public static string Of(SourceFormat value) => Kebab(value.ToString());

    public static string Of(DocumentKind value) => Kebab(value.ToString());

    public static string Of(BlockKind value) => Kebab(value.ToString());

    public static string Of(PlaceableKind value) => Kebab(value.ToString());

    private static string Kebab(string pascal)
    {
        var chars = new System.Text.StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                chars.Append('-');
            }

            chars.Append(char.ToLowerInvariant(pascal[i]));
        }

        return chars.ToString();
    }
}
