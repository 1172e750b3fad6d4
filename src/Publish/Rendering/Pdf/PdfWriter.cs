namespace Publish.Rendering.Pdf;
internal static class PdfWriter { public static void Write(Content.RenderContent c, Stream s) => throw new NotSupportedException(); }
