namespace Publish.Rendering.Brief;
internal sealed record BriefResult(string Markdown, Content.RenderContent Content);
internal static class BriefRenderer { public static BriefResult Render(Publish.Documents.TranslatedDocument d, RenderOptions o) => throw new NotSupportedException(); }
