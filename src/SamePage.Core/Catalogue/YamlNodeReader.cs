using System.Text.RegularExpressions;
using SamePage.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SamePage.Core.Catalogue;

/// <summary>Reads YAML content with the line of every problem, so content editors know where to look.</summary>
internal sealed partial class YamlNodeReader(string file)
{
    public CatalogueException Error(YamlNode node, string problem) =>
        new(file, node.Start.Line, problem);

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"expected {what} with keys, like 'id: ...'.");

    public IReadOnlyList<YamlNode> Sequence(YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            throw Error(map, $"the list '{key}' is missing.");
        }

        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            throw Error(node, $"'{key}' must be a list with at least one entry.");
        }

        return [.. sequence.Children];
    }

    public void OnlyKeys(YamlMappingNode map, HashSet<string> allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name))
            {
                throw Error(key, $"unknown field '{name}' (expected one of: {string.Join(", ", allowed)}).");
            }
        }
    }

    public string Text(YamlMappingNode map, string key, int maxLength)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            throw Error(map, $"the field '{key}' is missing.");
        }

        return CheckedText(node, key, maxLength);
    }

    public string CheckedText(YamlNode node, string key, int maxLength)
    {
        var value = (node as YamlScalarNode)?.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            throw Error(node, $"the field '{key}' must be non-empty text.");
        }

        if (value.Length > maxLength)
        {
            throw Error(node, $"the field '{key}' is {value.Length} characters long; keep it to {maxLength}.");
        }

        if (PlainText.HasInvisibleCharacters(value))
        {
            throw Error(node, $"the field '{key}' contains an invisible control character; please remove it.");
        }

        return PlainText.Normalize(value);
    }

    public string SlugValue(YamlMappingNode map, string key)
    {
        var value = Text(map, key, 60);
        if (!IsSlug(value))
        {
            throw Error(map.Children[new YamlScalarNode(key)], $"'{value}' is not a valid {key}: use lowercase letters, digits and single hyphens, like 'dating-app-profile'.");
        }

        return value;
    }

    public bool Flag(YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return false;
        }

        var scalar = node as YamlScalarNode;
        var plain = scalar?.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any;
        return plain ? scalar!.Value?.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => throw Error(node, $"'{key}' must be true or false, not '{scalar.Value}'."),
        } : throw Error(node, $"'{key}' must be true or false without quotes.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    /// <summary>Loads a file that must be one YAML document whose root is a mapping.</summary>
    public static YamlMappingNode LoadMapping(string text, string file, string expectedKeys)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new CatalogueException(file, e.Start.Line, $"this is not valid YAML ({FirstSentence(e.Message)}).");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up this way when the text ends inside an open '[...]' or '{...}'.
            var lastLine = text.TrimEnd().Split('\n').Length;
            throw new CatalogueException(file, lastLine, "this is not valid YAML (the file ends before a '[' or '{' is closed).");
        }

        if (stream.Documents.Count > 1)
        {
            throw new CatalogueException(file, stream.Documents[1].RootNode.Start.Line, "the file holds more than one YAML document ('---'); keep everything in one.");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new CatalogueException(file, 1, $"the file must be a mapping with {expectedKeys}.");
        }

        return root;
    }

    /// <summary>A list of 'min' to 'max' texts, each non-empty and at most 'maxLength' characters.</summary>
    public IReadOnlyList<string> TextList(YamlMappingNode map, string key, int min, int max, int maxLength)
    {
        var nodes = Sequence(map, key);
        if (nodes.Count < min || nodes.Count > max)
        {
            throw Error(map.Children[new YamlScalarNode(key)], $"'{key}' needs {min} to {max} entries, not {nodes.Count}.");
        }

        return [.. nodes.Select(node => CheckedText(node, key, maxLength))];
    }

    private static string FirstSentence(string message)
    {
        var text = message.Trim();
        var cut = text.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? text[..cut] : text).TrimEnd('.');
    }

    private static bool IsSlug(string value) => Slug().IsMatch(value) && value.Length <= 60;
}
