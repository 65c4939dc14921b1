using System.Text;
using System.Xml.Linq;
using Diplomatic.Umbraco.Synchronisation;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Synchronisation;

public class USyncXmlTests
{
    [SkippableFact]
    public void A_real_usync_file_round_trips_byte_for_byte()
    {
        SharedCorpus.Require(RepositoryPaths.USyncFixtures);
        var path = Path.Combine(RepositoryPaths.USyncFixtures, "SzymonBogunia__AutomotiveInfo", "uSync", "v17", "DataTypes", "0cc0eba1-9960-42c9-bf9b-60e150b429ae.config");
        var original = File.ReadAllBytes(path);

        var document = USyncXml.Load(path);
        var written = USyncXml.ToBytes(XElement.Parse(document.Root!.ToString(SaveOptions.DisableFormatting), LoadOptions.None));

        Assert.Equal(Encoding.UTF8.GetString(original), Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void A_doctype_is_refused_with_the_file_and_line()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<DataType Key=\"x\">&e;</DataType>";
        var e = Assert.Throws<USyncFileException>(() => USyncXml.Load(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "evil.config"));
        Assert.Contains("evil.config(2)", e.Message);
        Assert.Contains("DTD", e.Message);
    }
}
