using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Content installed once, on the first start where the schema is in place (for example the first booklet).
/// Register implementations with <c>services.AddSingleton&lt;IContentSeed, MySeed&gt;()</c> or
/// <c>builder.AddDiplomaticContentSeed(...)</c>. A seed that failed is tried again the next time the package migration runs (a new model, seed or option).
/// </summary>
public interface IContentSeed
{
    /// <summary>A stable, unique name: the installer records that the seed is installed under it.</summary>
    string Name { get; }

    /// <summary>The root items of the seed, each with its children; installed at the content root.</summary>
    IReadOnlyList<ContentNode> Roots { get; }
}

/// <summary>A seed given as data.</summary>
/// <param name="Name">The seed's stable name.</param>
/// <param name="Roots">The root items, each with its children.</param>
public sealed record ContentSeed(string Name, IReadOnlyList<ContentNode> Roots) : IContentSeed;
