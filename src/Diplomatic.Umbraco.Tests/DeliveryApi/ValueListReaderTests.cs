using Diplomatic.Umbraco.DeliveryApi.Indexing;

namespace Diplomatic.Umbraco.Tests.DeliveryApi;

public class ValueListReaderTests
{
    [Theory]
    [InlineData("[\"Azerbaijan\",\"Pakistan\"]", new[] { "Azerbaijan", "Pakistan" })]
    [InlineData(" [ \"a\" , \"b\" ] ", new[] { "a", "b" })]
    [InlineData("[\"Côte d'Ivoire\",\"say \\\"hi\\\"\",\"back\\\\slash\",\"\\u00e9t\\u00e9\"]", new[] { "Côte d'Ivoire", "say \"hi\"", "back\\slash", "été" })]
    [InlineData("[\"\",\"  \",null,\"x\"]", new[] { "x" })]
    [InlineData("[1, true]", new[] { "1", "true" })]
    [InlineData("umb://document/abc,umb://document/def", new[] { "umb://document/abc", "umb://document/def" })]
    [InlineData("energy, trade ,,", new[] { "energy", "trade" })]
    [InlineData("Year", new[] { "Year" })]
    [InlineData("[\"cut", new string[0])]
    [InlineData("[]", new string[0])]
    [InlineData("", new string[0])]
    [InlineData(null, new string[0])]
    public void Reads_json_arrays_and_comma_separated_lists(string? stored, string[] expected)
    {
        var items = new List<string>();
        var reader = new ValueListReader(stored);
        while (reader.TryReadNext(out var item))
        {
            items.Add(item.ToString());
        }

        Assert.Equal(expected, items);
    }
}
