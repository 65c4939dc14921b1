using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Diplomatic.Umbraco.Importing;

/// <summary>Reads a YAML mapping (front matter, a fenced fact box or event) into fields with their lines, safely.</summary>
internal static class YamlFields
{
    /// <summary>Parses YAML text into its root mapping; problems are recorded and null comes back on failure.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="firstLine">The manuscript line the YAML text starts on.</param>
    /// <param name="what">What the YAML is, for messages ("front matter", "fact box").</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <returns>The mapping, or null.</returns>
    public static YamlMappingNode? Parse(string yaml, int firstLine, string what, BookletDraft draft)
    {
        if (yaml.Length > MaxYamlChars)
        {
            draft.Error(firstLine, $"the {what} is {yaml.Length:N0} characters long, over the {MaxYamlChars:N0} allowed");
            return null;
        }

        if (FlowDepth(yaml) > MaxFlowDepth)
        {
            draft.Error(firstLine, $"the {what} nests brackets more than {MaxFlowDepth} deep");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            // YamlDotNet's representation model builds plain nodes: no type activation, no tags resolved to types.
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            draft.Error(firstLine + (int)Math.Max(0, e.Start.Line - 1), $"the {what} is not valid YAML: {e.Message}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            draft.Error(firstLine, $"the {what} is empty");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            draft.Error(firstLine, $"the {what} must be a list of 'field: value' lines");
            return null;
        }

        return mapping;
    }

    private const int MaxYamlChars = 256 * 1024;
    private const int MaxFlowDepth = 32;

    /// <summary>The deepest nesting of <c>[</c> and <c>{</c> (YamlDotNet's scanner recurses on them), ignoring quoted text roughly.</summary>
    private static int FlowDepth(string yaml)
    {
        int depth = 0, max = 0;
        var quote = '\0';
        foreach (var c in yaml)
        {
            if (quote != '\0')
            {
                if (c == quote || c == '\n')
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '[' or '{':
                    max = Math.Max(max, ++depth);
                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '\n':
                    break;
            }
        }

        return max;
    }

    /// <summary>The fields of a mapping: scalars and sequences of scalars, with their lines.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="firstLine">The manuscript line the YAML text starts on.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <param name="skip">Field names handled by the caller (not read here).</param>
    /// <returns>The fields by name, case-insensitive.</returns>
    public static Dictionary<string, ManuscriptField> Fields(YamlMappingNode mapping, int firstLine, BookletDraft draft, params string[] skip)
    {
        var fields = new Dictionary<string, ManuscriptField>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var line = LineOf(keyNode, firstLine);
            if (keyNode is not YamlScalarNode { Value: { } name })
            {
                draft.Error(line, "a field name must be plain text");
                continue;
            }

            if (skip.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            switch (valueNode)
            {
                case YamlScalarNode scalar:
                    var value = scalar.Value ?? string.Empty;
                    fields[name] = new(name, value.Trim(), ManuscriptFields.SplitList(value), line);
                    break;
                case YamlSequenceNode sequence:
                    var items = new List<string>();
                    foreach (var item in sequence.Children)
                    {
                        if (item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
                        {
                            items.Add(text.Trim());
                        }
                        else if (item is not YamlScalarNode)
                        {
                            draft.Error(LineOf(item, firstLine), $"'{name}' must be a list of plain values");
                        }
                    }

                    fields[name] = new(name, string.Join("; ", items), items, line);
                    break;
                default:
                    draft.Error(line, $"'{name}' must be a value or a list, not a nested mapping");
                    break;
            }
        }

        return fields;
    }

    /// <summary>The manuscript line of a node.</summary>
    /// <param name="node">The node.</param>
    /// <param name="firstLine">The manuscript line the YAML text starts on.</param>
    /// <returns>The line.</returns>
    public static int LineOf(YamlNode node, int firstLine) => firstLine + (int)Math.Max(0, node.Start.Line - 1);
}
