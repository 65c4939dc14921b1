using System.Text;
using BenchmarkDotNet.Attributes;
using Diplomatic.Umbraco.Importing;

namespace Diplomatic.Umbraco.Benchmarks.Importing;

/// <summary>
/// A manuscript just under the default 20 MB cap (the 200-page generator at 1,520 articles: 19 MB of Markdown,
/// 18.5 MB of pasted text; the Word file of the same content, whose parts unpack to about as much), read into a
/// BookletDraft. Target of issue 12: under 5 s and a peak of at most 5x the input. BenchmarkDotNet reports the
/// allocations; the peak is measured by <c>hostile large-md|large-txt|large-docx</c> (<see cref="HostileManuscripts"/>).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LargeManuscriptBenchmarks
{
    private readonly ManuscriptReader _reader = new(new ImportingOptions());
    private byte[] _markdown = [];
    private byte[] _plainText = [];
    private byte[] _word = [];

    [GlobalSetup]
    public void Setup()
    {
        _markdown = Encoding.UTF8.GetBytes(ManuscriptGenerator.Markdown(HostileManuscripts.LargeArticles));
        _plainText = Encoding.UTF8.GetBytes(ManuscriptGenerator.PlainText(HostileManuscripts.LargeArticles));
        _word = ManuscriptGenerator.Word(HostileManuscripts.LargeArticles);
        foreach (var draft in new[] { Markdown(), PlainText(), Word() }.Cast<BookletDraft>())
        {
            if (draft.HasErrors)
            {
                throw new InvalidOperationException(string.Join("; ", draft.Problems.Take(3)));
            }
        }

        Console.WriteLine($"// markdown {_markdown.Length:N0} bytes, plain text {_plainText.Length:N0} bytes, word {_word.Length:N0} bytes");
    }

    [Benchmark]
    public object Markdown() => _reader.Read(new MemoryStream(_markdown), "large.md");

    [Benchmark]
    public object PlainText() => _reader.Read(new MemoryStream(_plainText), "large.txt");

    [Benchmark]
    public object Word() => _reader.Read(new MemoryStream(_word), "large.docx");
}
