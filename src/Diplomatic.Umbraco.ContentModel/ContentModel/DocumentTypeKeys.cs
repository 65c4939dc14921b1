namespace Diplomatic.Umbraco.ContentModel;

/// <summary>The document types' keys. Once shipped, a key never changes: every site that imported it relies on it.</summary>
public static class DocumentTypeKeys
{
    /// <summary>Key of <see cref="DocumentTypeAliases.Magazine"/>.</summary>
    public static readonly Guid Magazine = new("0e233135-6074-46f1-b2a0-b391dd3f23d4");

    /// <summary>Key of <see cref="DocumentTypeAliases.Booklet"/>.</summary>
    public static readonly Guid Booklet = new("3b36fdc6-595b-4621-9709-b6baec016386");

    /// <summary>Key of <see cref="DocumentTypeAliases.Article"/>.</summary>
    public static readonly Guid Article = new("ba92a5ac-c7b7-45a6-85ce-c9a444eecd63");

    /// <summary>Key of <see cref="DocumentTypeAliases.FactBox"/>.</summary>
    public static readonly Guid FactBox = new("8ae626df-dead-4dae-ab41-1308654e344a");

    /// <summary>Key of <see cref="DocumentTypeAliases.Event"/>.</summary>
    public static readonly Guid Event = new("5e444458-5980-4a7d-ab06-a2b16b54c8d6");

    /// <summary>Key of <see cref="DocumentTypeAliases.Author"/>.</summary>
    public static readonly Guid Author = new("9503bb59-5312-40da-bda0-e31b17951549");

    /// <summary>Key of <see cref="DocumentTypeAliases.Authors"/>.</summary>
    public static readonly Guid Authors = new("350a42ac-bf09-41b5-ae85-cce99f3253c0");

    /// <summary>Key of <see cref="DocumentTypeAliases.Bilateral"/>.</summary>
    public static readonly Guid Bilateral = new("b435d749-f70a-43d6-b404-232149f30fd2");

    /// <summary>Key of <see cref="DocumentTypeAliases.Publishing"/>.</summary>
    public static readonly Guid Publishing = new("3d533a95-f8af-4765-8f56-32fc79bbba7c");

    /// <summary>Key of <see cref="DocumentTypeAliases.Seo"/>.</summary>
    public static readonly Guid Seo = new("e887f9df-346f-44d1-9a68-7f7abfa25057");
}
