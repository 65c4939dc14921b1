namespace Diplomatic.Umbraco.Configuration;

/// <summary>The configuration section names the plugin binds its options from: all under one <c>Diplomatic</c> section.</summary>
public static class DiplomaticConfiguration
{
    /// <summary>The root section.</summary>
    public const string Section = "Diplomatic";

    /// <summary>The Delivery API feature's section.</summary>
    public const string DeliveryApiSection = Section + ":DeliveryApi";

    /// <summary>The installer feature's section.</summary>
    public const string InstallationSection = Section + ":Installation";

    /// <summary>The headless preview's section.</summary>
    public const string PreviewSection = Section + ":Preview";

    /// <summary>The manuscript importer's section.</summary>
    public const string ImportingSection = Section + ":Importing";
}
