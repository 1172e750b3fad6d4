using Publish.Documents;

namespace Publish.Tests;

public class DocumentModelTests
{
    [Fact]
    public void A_new_document_declares_the_contract_schema_and_Dutch()
    {
        var doc = new PublishDocument(new SourceInfo("x.txt", SourceFormat.Text, new string('0', 64)));
        Assert.Equal("publish.document/1", doc.Schema);
        Assert.Equal("nl", doc.Language);
    }
}
