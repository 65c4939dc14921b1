using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.ContentModel;

/// <summary>
/// The one definition of the Diplomatic content model: every data type, composition and document type with the
/// keys they keep forever. The uSync files, the installer, the Delivery API handlers and the front-end contract
/// are all projections of this class.
/// </summary>
public static class DiplomaticContentModel
{
    /// <summary>The document-type folder the compositions sit in.</summary>
    public const string CompositionsFolder = "Compositions";

    /// <summary>The document-type folder the content types sit in.</summary>
    public const string DocumentTypesFolder = "Diplomatic";

    /// <summary>The ISBN-10 or ISBN-13 pattern (digits with optional hyphens or spaces); the checksum is checked by <see cref="Isbn"/>.</summary>
    public const string IsbnPattern = @"^(?:ISBN(?:-1[03])?:?\s*)?(?:97[89][- ]?)?(?:\d[- ]?){9}[\dXx]$";

    // Tab aliases are what Umbraco derives from the tab's name (camel-case safe alias): the backoffice and
    // IContentTypeEditingService take no alias, so any other alias would differ between an installed site and
    // the uSync files. "SEO" becomes "sEO"; a test holds every tab to this rule.
    private const string Content = "content";
    private const string Media = "media";
    private const string SeoTab = "sEO";

    /// <summary>Composition: the countries and topics an item is about.</summary>
    public static DocumentTypeDefinition Bilateral { get; } = new()
    {
        Key = DocumentTypeKeys.Bilateral,
        Alias = T.Bilateral,
        Name = "Bilateral",
        Icon = "icon-globe color-blue",
        Description = "Countries and topics: what the Delivery API filters on and what relates items to each other.",
        Folder = CompositionsFolder,
        IsComposition = true,
        Containers = [Tab("5c86077f-b892-4665-bcef-ab932ac5c729", "bilateral", "Bilateral", 10)],
        Properties =
        [
            Prop("78eac06e-8488-4e19-80dd-6e72392a9bee", P.Bilateral.Countries, "Countries", DiplomaticDataTypes.Countries, "bilateral", 0, varies: false,
                description: "The countries this is about, e.g. Azerbaijan and Pakistan."),
            Prop("4df0ad88-460a-4dfb-8c18-84d210f3e00d", P.Bilateral.Topics, "Topics", DiplomaticDataTypes.Topics, "bilateral", 1, varies: false,
                description: "Topics such as trade, energy, culture or education."),
        ],
    };

    /// <summary>Composition: the publish date readers see and the authors.</summary>
    public static DocumentTypeDefinition Publishing { get; } = new()
    {
        Key = DocumentTypeKeys.Publishing,
        Alias = T.Publishing,
        Name = "Publishing",
        Icon = "icon-calendar color-blue",
        Description = "Publish date and authors.",
        Folder = CompositionsFolder,
        IsComposition = true,
        Containers = [Tab("287aef17-de3b-441e-b758-9e070652b272", "publishing", "Publishing", 20)],
        Properties =
        [
            Prop("01aa3ed2-8de3-4c7a-b423-d9682010b102", P.Publishing.PublishDate, "Publish date", BuiltInDataTypes.DatePicker, "publishing", 0, varies: false,
                description: "The date readers see; the magazine sorts by it."),
            Prop("0547051c-a9ae-4bb1-8db5-1971d7cb1b31", P.Publishing.Authors, "Authors", DiplomaticDataTypes.AuthorPicker, "publishing", 1, varies: false),
        ],
    };

    /// <summary>Composition: search-engine and social metadata.</summary>
    public static DocumentTypeDefinition Seo { get; } = new()
    {
        Key = DocumentTypeKeys.Seo,
        Alias = T.Seo,
        Name = "SEO",
        Icon = "icon-search color-blue",
        Description = "Meta title, meta description, social image and no-index.",
        Folder = CompositionsFolder,
        IsComposition = true,
        Containers = [Tab("20a9edef-53ae-4a54-81ba-0097c711c3eb", SeoTab, "SEO", 90)],
        Properties =
        [
            Prop("66ecc400-8f5b-473a-8e1a-a5f7e174ce0a", P.Seo.MetaTitle, "Meta title", BuiltInDataTypes.Textstring, SeoTab, 0, varies: true,
                description: "Leave empty to use the page name. Aim for 60 characters or fewer."),
            Prop("03583513-41ab-4a0c-98b6-f93ba2eddbb1", P.Seo.MetaDescription, "Meta description", BuiltInDataTypes.Textarea, SeoTab, 1, varies: true,
                description: "Aim for 160 characters or fewer."),
            Prop("8ba70da4-0259-47e7-9bd7-b35510edb353", P.Seo.SocialImage, "Social image", BuiltInDataTypes.ImageMediaPicker, SeoTab, 2, varies: false),
            Prop("c274752b-b824-40e8-942d-400d3f562f06", P.Seo.NoIndex, "Hide from search engines", BuiltInDataTypes.TrueFalse, SeoTab, 3, varies: false),
        ],
    };

    /// <summary>The magazine: the site root.</summary>
    public static DocumentTypeDefinition Magazine { get; } = new()
    {
        Key = DocumentTypeKeys.Magazine,
        Alias = T.Magazine,
        Name = "Magazine",
        Icon = "icon-home color-blue",
        Description = "The root of the magazine site.",
        Folder = DocumentTypesFolder,
        AllowAtRoot = true,
        Compositions = [T.Seo],
        AllowedChildren = [T.Booklet, T.Article, T.Event, T.FactBox, T.Authors],
        Containers = [Tab("882f79b1-f9d5-40c8-9498-7e3ee77da273", Content, "Content", 0)],
        Properties =
        [
            Prop("97fb1862-580c-414e-b5ad-4c328bc9c7bc", P.Magazine.Tagline, "Tagline", BuiltInDataTypes.Textstring, Content, 0, varies: true),
            Prop("80e5d566-1a1b-486c-8fa0-84476b60e5cd", P.Magazine.About, "About", BuiltInDataTypes.Textarea, Content, 1, varies: true),
            Prop("d8a23927-bc19-4991-b46e-9bfd5efcb348", P.Magazine.Logo, "Logo", BuiltInDataTypes.ImageMediaPicker, Content, 2, varies: false),
        ],
    };

    /// <summary>A bilateral-relations booklet: its articles, fact boxes and events are its children.</summary>
    public static DocumentTypeDefinition Booklet { get; } = new()
    {
        Key = DocumentTypeKeys.Booklet,
        Alias = T.Booklet,
        Name = "Booklet",
        Icon = "icon-book-alt color-blue",
        Description = "A bilateral-relations booklet. Its articles, fact boxes and events go below it, in the order you give them.",
        Folder = DocumentTypesFolder,
        Compositions = [T.Bilateral, T.Publishing, T.Seo],
        AllowedChildren = [T.Article, T.FactBox, T.Event],
        Containers = [Tab("2157ad6a-553e-48c0-bb7f-3a954034d99b", Content, "Content", 0), Tab("129126d0-5ef3-4c6f-9ce6-427aa994f0e2", Media, "Media", 5)],
        Properties =
        [
            Prop("ac8a603f-87ea-47f1-9184-e784a59016c4", P.Booklet.Subtitle, "Subtitle", BuiltInDataTypes.Textstring, Content, 0, varies: true),
            Prop("8f81cf30-5fe3-4042-b117-3ca93ce7343a", P.Booklet.Publishers, "Publishers", DiplomaticDataTypes.NameList, Content, 1, varies: true,
                description: "The publishing organisations, e.g. the magazine and a think tank."),
            Prop("fcba7037-5fc0-42bb-9ecf-d5dffa324f92", P.Booklet.Occasion, "Occasion", BuiltInDataTypes.Textstring, Content, 2, varies: true,
                description: "e.g. the silver jubilee of relations."),
            Prop("806fcf72-5e5a-4b03-874e-5e80da69cfbe", P.Booklet.Introduction, "Introduction", BuiltInDataTypes.RichtextEditor, Content, 3, varies: true, labelOnTop: true),
            Prop("485a6a09-a021-4398-9b9a-fa9054f98499", P.Booklet.Isbn, "ISBN", BuiltInDataTypes.Textstring, Content, 4, varies: true,
                description: "ISBN-10 or ISBN-13 of this language's edition.",
                regex: IsbnPattern, regexMessage: "Enter an ISBN-10 or ISBN-13, e.g. 978-969-000000-0."),
            Prop("deac75a8-b3f1-47a9-bedf-ee791a429729", P.Booklet.CoverImage, "Cover image", BuiltInDataTypes.ImageMediaPicker, Media, 0, varies: false),
            Prop("f904e548-2d9e-4864-8d31-3ffa6f92e7aa", P.Booklet.PdfEdition, "PDF edition", BuiltInDataTypes.MediaPicker, Media, 1, varies: false),
            Prop("684ae134-bb1c-42fe-9795-5d1be0238fab", P.Booklet.Manuscript, "Manuscript", DiplomaticDataTypes.ManuscriptUpload, Media, 2, varies: true,
                description: "Upload a Markdown, plain-text or Word manuscript and save: its articles, fact boxes and events are created below as drafts."),
        ],
    };

    /// <summary>An article.</summary>
    public static DocumentTypeDefinition Article { get; } = new()
    {
        Key = DocumentTypeKeys.Article,
        Alias = T.Article,
        Name = "Article",
        Icon = "icon-article color-blue",
        Description = "An article, in a booklet or on its own.",
        Folder = DocumentTypesFolder,
        Compositions = [T.Bilateral, T.Publishing, T.Seo],
        Containers = [Tab("e9f4fff4-a3a4-4929-a5ea-e5d22e8f116a", Content, "Content", 0), Tab("3b97cedf-97d6-4e4d-91b9-5c61d4c97143", "related", "Related", 5)],
        Properties =
        [
            Prop("1d851f32-8cf5-4fa9-9e94-46bd385a232e", P.Article.Standfirst, "Standfirst", BuiltInDataTypes.Textarea, Content, 0, varies: true,
                description: "The short lead under the title."),
            Prop("aae469bc-c9bb-4892-9f6f-c16c6b3875cc", P.Article.Body, "Body", BuiltInDataTypes.RichtextEditor, Content, 1, varies: true, labelOnTop: true),
            Prop("5051cd0a-328f-4787-977a-c35ab0faa9d8", P.Article.HeroImage, "Hero image", BuiltInDataTypes.ImageMediaPicker, Content, 2, varies: false),
            Prop("70fc7418-515d-46b3-8725-8de210c89c2d", P.Article.ReadingTime, "Reading time (minutes)", BuiltInDataTypes.LabelInteger, Content, 3, varies: true,
                description: "Computed from the body when you save."),
            Prop("22ccd232-c785-4f67-a74c-ca36cf1c9573", P.Article.FactBoxes, "Fact boxes", DiplomaticDataTypes.FactBoxPicker, "related", 0, varies: false),
            Prop("b8f37dc8-bc09-4faa-93f8-0df1fd9af361", P.Article.RelatedArticles, "Related articles", DiplomaticDataTypes.ArticlePicker, "related", 1, varies: false),
        ],
    };

    /// <summary>A reusable fact box.</summary>
    public static DocumentTypeDefinition FactBox { get; } = new()
    {
        Key = DocumentTypeKeys.FactBox,
        Alias = T.FactBox,
        Name = "Fact Box",
        Icon = "icon-info color-orange",
        Description = "A fact with its figure and source, reusable across articles.",
        Folder = DocumentTypesFolder,
        Compositions = [T.Bilateral],
        Containers = [Tab("19c9fce8-0d20-43cd-bb1b-77e4f9c0c42c", Content, "Content", 0)],
        Properties =
        [
            Prop("21cda57e-ecf3-4f74-912b-766a1a0d60ca", P.FactBox.Headline, "Headline", BuiltInDataTypes.Textstring, Content, 0, varies: true, mandatory: true),
            Prop("5161ab65-166b-4d33-8fe0-6dcbc3d44621", P.FactBox.Statement, "Statement", BuiltInDataTypes.Textarea, Content, 1, varies: true, mandatory: true),
            Prop("54021f19-ffbd-4c2d-b20b-ea658cb66ecf", P.FactBox.Figure, "Figure", DiplomaticDataTypes.Figure, Content, 2, varies: false,
                description: "The number, e.g. 7.3."),
            Prop("e0a391f6-95e0-47fd-8f13-5ebd7436bec1", P.FactBox.Unit, "Unit", BuiltInDataTypes.Textstring, Content, 3, varies: true,
                description: "e.g. USD million."),
            Prop("d8d01649-39c6-4432-9fd5-33934b349104", P.FactBox.AsOfDate, "As of", BuiltInDataTypes.DatePicker, Content, 4, varies: false),
            Prop("cd53b2d3-8725-4f86-962d-da6a708cb3a0", P.FactBox.Source, "Source", BuiltInDataTypes.Textstring, Content, 5, varies: true),
            Prop("67a06e9c-377f-4165-839e-8117a37c6628", P.FactBox.SourceLink, "Source link", DiplomaticDataTypes.SingleLink, Content, 6, varies: false),
        ],
    };

    /// <summary>An event on a timeline.</summary>
    public static DocumentTypeDefinition Event { get; } = new()
    {
        Key = DocumentTypeKeys.Event,
        Alias = T.Event,
        Name = "Event",
        Icon = "icon-calendar-alt color-green",
        Description = "An event on a booklet's timeline: a visit, an agreement, an anniversary...",
        Folder = DocumentTypesFolder,
        Compositions = [T.Bilateral],
        Containers = [Tab("f83e9bd4-038c-482e-a0ba-019db3fcd58f", Content, "Content", 0), Tab("d0125b3d-bce8-4d31-b463-25c0471d7199", "related", "Related", 5)],
        Properties =
        [
            Prop("728ec888-34bb-4a0c-8f89-30100a4660b2", P.Event.StartDate, "Start date", BuiltInDataTypes.DatePicker, Content, 0, varies: false, mandatory: true,
                description: "When only the year or month is known, pick its first day and set the precision."),
            Prop("37ac281b-da84-45bb-bdf9-7055f7c474c6", P.Event.EndDate, "End date", BuiltInDataTypes.DatePicker, Content, 1, varies: false),
            Prop("e8783f21-4915-48ad-b6dd-a428289b7847", P.Event.DatePrecision, "Date precision", DiplomaticDataTypes.DatePrecision, Content, 2, varies: false,
                description: "Day, month or year: how precisely the date is known. Empty means day."),
            Prop("14bd8e9d-be10-4124-99e9-dd6ebf83960d", P.Event.EventType, "Event type", DiplomaticDataTypes.EventType, Content, 3, varies: false),
            Prop("f5d9619f-8727-4682-9abb-3958361fabb9", P.Event.Location, "Location", BuiltInDataTypes.Textstring, Content, 4, varies: true),
            Prop("0c3cdc57-7862-4c64-8ba9-9d425d063813", P.Event.HostCountry, "Host country", DiplomaticDataTypes.Country, Content, 5, varies: false),
            Prop("993355da-da85-48fb-9d20-91a37f65012f", P.Event.Participants, "Participants", DiplomaticDataTypes.NameList, Content, 6, varies: true),
            Prop("8bb0a095-bb08-451e-879d-d899343d381c", P.Event.Summary, "Summary", BuiltInDataTypes.Textarea, Content, 7, varies: true),
            Prop("89133b07-1dcd-4407-9b0e-b55448a2798b", P.Event.Description, "Description", BuiltInDataTypes.RichtextEditor, Content, 8, varies: true, labelOnTop: true),
            Prop("45a45836-6028-45ec-a8fc-67097f2c0d6a", P.Event.RelatedArticles, "Related articles", DiplomaticDataTypes.ArticlePicker, "related", 0, varies: false),
        ],
    };

    /// <summary>An author.</summary>
    public static DocumentTypeDefinition Author { get; } = new()
    {
        Key = DocumentTypeKeys.Author,
        Alias = T.Author,
        Name = "Author",
        Icon = "icon-user color-blue",
        Description = "An author or contributor.",
        Folder = DocumentTypesFolder,
        Containers = [Tab("6d5934c5-cac1-44db-935d-64ca05bd5624", Content, "Content", 0)],
        Properties =
        [
            Prop("2cfeddb7-9f67-4d1e-a5f4-8d5645f464f1", P.Author.Role, "Role", BuiltInDataTypes.Textstring, Content, 0, varies: true),
            Prop("b3971c4a-7b5a-4645-bdf4-6f40a20995f6", P.Author.Organisation, "Organisation", BuiltInDataTypes.Textstring, Content, 1, varies: true),
            Prop("3747dff6-dfbf-452c-900c-618108c32e8d", P.Author.Biography, "Biography", BuiltInDataTypes.Textarea, Content, 2, varies: true),
            Prop("c8f68cd6-8cdf-4a77-a697-0e745646c991", P.Author.Photo, "Photo", BuiltInDataTypes.ImageMediaPicker, Content, 3, varies: false),
        ],
    };

    /// <summary>The container of authors.</summary>
    public static DocumentTypeDefinition Authors { get; } = new()
    {
        Key = DocumentTypeKeys.Authors,
        Alias = T.Authors,
        Name = "Authors",
        Icon = "icon-users color-blue",
        Description = "The folder of authors.",
        Folder = DocumentTypesFolder,
        AllowedChildren = [T.Author],
    };

    /// <summary>Every document type, compositions first, in a stable order.</summary>
    public static IReadOnlyList<DocumentTypeDefinition> DocumentTypes { get; } =
        [Bilateral, Publishing, Seo, Magazine, Booklet, Article, FactBox, Event, Author, Authors];

    /// <summary>The data types the plugin ships (not the built-in ones it references).</summary>
    public static IReadOnlyList<DataTypeDefinition> DataTypes => DiplomaticDataTypes.All;

    /// <summary>Finds a document type by alias.</summary>
    /// <param name="alias">The alias, one of <see cref="DocumentTypeAliases"/>.</param>
    /// <returns>The document type.</returns>
    /// <exception cref="KeyNotFoundException">No such document type in the model.</exception>
    public static DocumentTypeDefinition DocumentType(string alias) =>
        DocumentTypes.FirstOrDefault(t => t.Alias == alias)
        ?? throw new KeyNotFoundException($"The Diplomatic content model has no document type '{alias}'.");

    /// <summary>
    /// The properties of a type including those of its compositions, compositions' first.
    /// </summary>
    /// <param name="type">The document type.</param>
    /// <returns>Every property content of that type has.</returns>
    public static IEnumerable<PropertyDefinition> AllProperties(DocumentTypeDefinition type) =>
        type.Compositions.SelectMany(c => AllProperties(DocumentType(c))).Concat(type.Properties);

    private static ContainerDefinition Tab(string key, string alias, string name, int sortOrder) =>
        new(Guid.Parse(key), alias, name, sortOrder);

    private static PropertyDefinition Prop(
        string key,
        string alias,
        string name,
        DataTypeDefinition dataType,
        string container,
        int sortOrder,
        bool varies,
        bool mandatory = false,
        string description = "",
        string regex = "",
        string regexMessage = "",
        bool labelOnTop = false) => new()
        {
            Key = Guid.Parse(key),
            Alias = alias,
            Name = name,
            DataType = dataType,
            ContainerAlias = container,
            SortOrder = sortOrder,
            VariesByCulture = varies,
            Mandatory = mandatory,
            MandatoryMessage = mandatory ? $"{name} is required." : string.Empty,
            Description = description,
            ValidationRegex = regex,
            ValidationRegexMessage = regexMessage,
            LabelOnTop = labelOnTop,
        };
}
