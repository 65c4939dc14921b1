using System.Reflection;
using System.Text;
using Diplomatic.Umbraco.Cli.Generation;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Cli;

/// <summary>
/// Writes the TypeScript types of the Delivery API v2 output of every document type in the content model: the
/// envelope, the value shape of each property editor, one interface per type and a union discriminated by
/// <c>contentType</c>. The output is deterministic (a drift test compares it with the committed file).
/// </summary>
internal static class ContractTypeScript
{
    /// <summary>The file the command writes.</summary>
    public const string FileName = "diplomatic-content.ts";

    /// <summary>The document types that content can have (not the compositions).</summary>
    public static IReadOnlyList<DocumentTypeDefinition> ContentTypes { get; } =
        DiplomaticContentModel.DocumentTypes.Where(t => !t.IsComposition).ToList();

    /// <summary>Generates the file's text (LF line endings).</summary>
    public static string Generate()
    {
        var ts = new StringBuilder();
        ts.Append(Envelope);
        ts.Append("\n/** The stored label of each event type (what `eventType` holds). */\n");
        ts.Append("export type EventTypeLabel = ").Append(Union(Enum.GetValues<EventType>().Select(t => Vocabularies.EventTypeLabels[t]))).Append(";\n\n");
        ts.Append("/** The filter token of each event type (`filter=eventType:stateVisit`). */\n");
        ts.Append("export type EventTypeToken = ").Append(Union(Enum.GetValues<EventType>().Select(Vocabularies.Token))).Append(";\n\n");
        ts.Append("/** Event type label to filter token. */\n");
        ts.Append("export const eventTypeTokens: Readonly<Record<EventTypeLabel, EventTypeToken>> = {\n");
        foreach (var type in Enum.GetValues<EventType>())
        {
            ts.Append("  ").Append(Quote(Vocabularies.EventTypeLabels[type])).Append(": ").Append(Quote(Vocabularies.Token(type))).Append(",\n");
        }

        ts.Append("};\n\n");
        ts.Append("/** How precisely an event's date is known (what `datePrecision` holds; null means Day). */\n");
        ts.Append("export type DatePrecisionLabel = ").Append(Union(Enum.GetValues<DatePrecision>().Select(p => Vocabularies.DatePrecisionLabels[p]))).Append(";\n");
        ts.Append("\n/** The words of Diplomatic's filters, sorts and selector (`filter=country:az`, `sort=publishDate:desc`, `fetch=related:{id}`). */\n");
        ts.Append("export const queryWords = {\n");
        foreach (var (name, word) in QueryWords)
        {
            ts.Append("  ").Append(name).Append(": ").Append(Quote(word)).Append(",\n");
        }

        ts.Append("} as const;\n");

        foreach (var type in ContentTypes)
        {
            var name = Pascal(type.Alias);
            ts.Append("\n/** Properties of `").Append(type.Alias).Append("` (").Append(Comment(type.Name)).Append("). Every property is optional: `fields=` can leave it out and a picked item that is not expanded has none. */\n");
            ts.Append("export interface ").Append(name).Append("Properties {\n");
            foreach (var property in DiplomaticContentModel.AllProperties(type))
            {
                ts.Append("  /** ").Append(Comment(property.Name));
                if (!string.IsNullOrEmpty(property.Description))
                {
                    ts.Append(": ").Append(Comment(property.Description));
                }

                ts.Append(" (").Append(property.DataType.EditorAlias).Append(property.VariesByCulture ? ", varies by culture" : string.Empty).Append(") */\n");
                ts.Append("  ").Append(property.Alias).Append("?: ").Append(ValueType(property)).Append(";\n");
            }

            ts.Append("}\n\n");
            ts.Append("/** A `").Append(type.Alias).Append("` item: ").Append(Comment(type.Description)).Append(" */\n");
            ts.Append("export type ").Append(name).Append("Content = ApiContent<").Append(Quote(type.Alias)).Append(", ").Append(name).Append("Properties>;\n");
        }

        ts.Append("\n/** Any Diplomatic content item; narrow it with `item.contentType`. */\n");
        ts.Append("export type DiplomaticContent =\n  | ").Append(string.Join("\n  | ", ContentTypes.Select(t => Pascal(t.Alias) + "Content"))).Append(";\n\n");
        ts.Append("/** The content-type aliases. */\n");
        ts.Append("export const contentTypes = [").Append(string.Join(", ", ContentTypes.Select(t => Quote(t.Alias)))).Append("] as const;\n\n");
        ts.Append("/** A content-type alias. */\n");
        ts.Append("export type ContentTypeAlias = (typeof contentTypes)[number];\n");
        return ts.ToString();
    }

    /// <summary>
    /// The query words as TypeScript names and values: every public string constant of
    /// <see cref="DeliveryQueryWords"/>, in declaration order, named in camel case (<c>PublishDate</c> is <c>publishDate</c>).
    /// </summary>
    public static IReadOnlyList<(string Name, string Word)> QueryWords { get; } =
        typeof(DeliveryQueryWords).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .OrderBy(f => f.MetadataToken)
            .Select(f => (char.ToLowerInvariant(f.Name[0]) + f.Name[1..], (string)f.GetRawConstantValue()!))
            .ToList();

    private static string ValueType(PropertyDefinition property)
    {
        var shape = PropertyEditors.DeliveryShapeOf(property);
        return shape.Shape switch
        {
            DeliveryShape.Choice when shape.Vocabulary?.Key == DiplomaticDataTypes.EventType.Key => "EventTypeLabel | null",
            DeliveryShape.Choice when shape.Vocabulary?.Key == DiplomaticDataTypes.DatePrecision.Key => "DatePrecisionLabel | null",
            DeliveryShape.Text or DeliveryShape.Choice => "string | null",
            DeliveryShape.TextList => "string[] | null",
            DeliveryShape.RichText => "RichText | null",
            DeliveryShape.MediaList => "ApiMedia[] | null",
            DeliveryShape.LinkList => "ApiLink[] | null",
            DeliveryShape.Date => "IsoDateTime | null",
            DeliveryShape.Decimal or DeliveryShape.Integer => "number | null",
            DeliveryShape.Flag => "boolean | null", // a toggle never saved prints null on a real site
            DeliveryShape.Items => (shape.Picked is { } picked ? Pascal(picked.Alias) + "Content" : "DiplomaticContent") + "[] | null",
            _ => throw new InvalidOperationException($"No TypeScript type for the shape {shape.Shape} of property '{property.Alias}'."),
        };
    }

    private static string Pascal(string alias) => char.ToUpperInvariant(alias[0]) + alias[1..];

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Union(IEnumerable<string> values) => string.Join(" | ", values.Select(Quote));

    private static string Comment(string text) => text.Replace("*/", "* /", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private const string Envelope = """
        // <auto-generated>
        // Generated by `diplomatic contract typescript --out clients/typescript` from the Diplomatic content model
        // (src/Diplomatic.Umbraco.ContentModel/ContentModel). Do not edit: change the model and run the command again.
        // The shapes are those of the Umbraco 17 Delivery API v2 (/umbraco/delivery/api/v2/content).
        // </auto-generated>

        /** A date and time as the Delivery API prints it since Umbraco 17: ISO 8601 without an offset, e.g. "2017-06-09T00:00:00". */
        export type IsoDateTime = string;

        /** The root an item's route is relative to. */
        export interface ApiStartItem {
          id: string;
          path: string;
        }

        /** A route. */
        export interface ApiRoute {
          path: string;
          queryString?: string | null;
          startItem: ApiStartItem;
        }

        /** The envelope every content item has (`ApiContentResponse`). */
        export interface ApiContent<TContentType extends string, TProperties> {
          contentType: TContentType;
          name: string;
          createDate: IsoDateTime;
          updateDate: IsoDateTime;
          route: ApiRoute;
          id: string;
          properties: TProperties;
          /**
           * The route in each culture; `{}` for invariant content. Absent on picked items inside another item's
           * properties: Umbraco prints those as `ApiContent`, without cultures.
           */
          cultures?: Record<string, ApiRoute>;
        }

        /** A page of query results. */
        export interface PagedResult<T> {
          total: number;
          items: T[];
        }

        /** A block element (no name, route or dates). */
        export interface ApiElement {
          contentType: string;
          id: string;
          properties: Record<string, unknown>;
        }

        /** A block: content and optional settings. */
        export interface ApiBlockItem {
          content: ApiElement;
          settings?: ApiElement | null;
        }

        /** Rich text, default form. */
        export interface RichTextHtml {
          markup: string;
          blocks: ApiBlockItem[];
        }

        /** A node of the rich-text JSON tree. */
        export interface RichTextNode {
          tag: string;
          text?: string;
          attributes?: Record<string, unknown>;
          elements?: RichTextNode[];
        }

        /** Rich text when `Umbraco:CMS:DeliveryApi:RichTextOutputAsJson` is true. */
        export interface RichTextJson {
          tag: "#root";
          attributes: Record<string, unknown>;
          elements: RichTextNode[];
          blocks: ApiBlockItem[];
        }

        /** A rich-text value in either form. */
        export type RichText = RichTextHtml | RichTextJson;

        /** An image crop. */
        export interface ApiCrop {
          alias: string;
          width: number;
          height: number;
          coordinates?: { x1: number; y1: number; x2: number; y2: number } | null;
        }

        /** A picked media item (media pickers print an array of these). */
        export interface ApiMedia {
          focalPoint: { left: number; top: number } | null;
          crops: ApiCrop[];
          id: string;
          name: string;
          mediaType: string;
          url: string;
          extension: string | null;
          width: number | null;
          height: number | null;
          bytes: number | null;
          /** Empty unless the media item is expanded. */
          properties: Record<string, unknown>;
        }

        /**
         * A link from a Multi URL Picker. For media and external links `url` already ends with `queryString` (Umbraco
         * prints it twice); for content links render `route.path` + `queryString`.
         */
        export interface ApiLink {
          url: string | null;
          queryString: string | null;
          title: string | null;
          target: string | null;
          destinationId: string | null;
          destinationType: string | null;
          route: ApiRoute | null;
          linkType: "Content" | "Media" | "External";
          /** The linked content's culture (Umbraco 17 prints it on every link, null but for content). */
          culture?: string | null;
        }

        /** The problem details of a 400 (or 401/404) answer. */
        export interface ProblemDetails {
          type?: string;
          title?: string;
          status?: number;
          detail?: string;
          instance?: string;
        }

        """;
}
