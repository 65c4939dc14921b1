using System.Text;
using BenchmarkDotNet.Attributes;
using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.Importing;

namespace Diplomatic.Umbraco.Benchmarks.Importing;

/// <summary>A 200-page manuscript (80,000 words, 40 articles, 100 fact boxes, 100 events) into a BookletDraft, per format. Target: under 1 s and 200 MB.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ManuscriptReadingBenchmarks
{
    private readonly ManuscriptReader _reader = new(new ImportingOptions());
    private byte[] _markdown = [];
    private byte[] _plainText = [];
    private byte[] _word = [];

    [GlobalSetup]
    public void Setup()
    {
        _markdown = Encoding.UTF8.GetBytes(ManuscriptGenerator.Markdown());
        _plainText = Encoding.UTF8.GetBytes(ManuscriptGenerator.PlainText());
        _word = ManuscriptGenerator.Word();
        Check(ReadMarkdown(), articles: ManuscriptGenerator.Articles, facts: ManuscriptGenerator.FactBoxes, events: ManuscriptGenerator.Events);
        Check(ReadPlainText(), articles: 1, facts: 0, events: 0);
        Check(ReadWord(), articles: ManuscriptGenerator.Articles, facts: ManuscriptGenerator.FactBoxes, events: ManuscriptGenerator.Events);
    }

    [Benchmark]
    public object Markdown() => ReadMarkdown();

    [Benchmark]
    public object PlainText() => ReadPlainText();

    [Benchmark]
    public object Word() => ReadWord();

    [Benchmark]
    public int MarkdownToUSyncFiles() => BookletUSyncExport.Files(ReadMarkdown()).Count;

    private BookletDraft ReadMarkdown() => _reader.Read(new MemoryStream(_markdown), "booklet.md");

    private BookletDraft ReadPlainText() => _reader.Read(new MemoryStream(_plainText), "booklet.txt");

    private BookletDraft ReadWord() => _reader.Read(new MemoryStream(_word), "booklet.docx");

    private static void Check(BookletDraft draft, int articles, int facts, int events)
    {
        var words = draft.Articles.Sum(a => Diplomatic.Umbraco.Importing.ReadingTime.ReadingTimeCalculator.CountWords(a.BodyHtml));
        if (draft.HasErrors || draft.Articles.Count != articles || draft.FactBoxes.Count != facts || draft.Events.Count != events || words < 80_000)
        {
            throw new InvalidOperationException($"{draft.File}: {draft.Articles.Count} articles, {draft.FactBoxes.Count} facts, {draft.Events.Count} events, {words} words; {string.Join("; ", draft.Problems.Take(3))}");
        }

        Console.WriteLine($"// {draft.File}: {draft.Articles.Count} articles, {draft.FactBoxes.Count} fact boxes, {draft.Events.Count} events, {words:N0} words");
    }
}
