// A small fetch-based client for the Diplomatic Delivery API (Umbraco 17, v2). Types: ./diplomatic-content.ts.
import type {
  ArticleContent,
  BookletContent,
  DiplomaticContent,
  EventContent,
  EventTypeToken,
  FactBoxContent,
  PagedResult,
  ProblemDetails,
} from "./diplomatic-content";
import { queryWords as words } from "./diplomatic-content";

/** Where the API is and which headers to send. */
export interface DeliveryClientOptions {
  /** The CMS base URL, e.g. "https://cms.example.org". */
  baseUrl: string;
  /** The Delivery API key (header Api-Key): needed for preview. Keep it on the server side. */
  apiKey?: string;
  /** Ask for drafts (header Preview: true); needs apiKey. */
  preview?: boolean;
  /** The culture (header Accept-Language), e.g. "en-US" or "ur-PK". */
  culture?: string;
  /** The site root (header Start-Item): key or URL segment. */
  startItem?: string;
  /** Abort a request after this many milliseconds (default 10000). */
  timeoutMs?: number;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
}

/** The API answered with an error status; `problem` holds its problem details when it sent any. */
export class DeliveryApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | null,
    readonly url: string,
  ) {
    super(`Delivery API ${status} for ${url}${problem?.title ? `: ${problem.title}` : ""}`);
    this.name = "DeliveryApiError";
  }
}

/** Date comparison operators of the date filters. */
export type DateOperator = ">" | ">:" | "<" | "<:";

const isoDate = (date: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Expected yyyy-MM-dd, got "${date}"`);
  return date;
};

const listItem = (value: string): string => {
  const text = value.trim();
  if (text === "" || text.includes(",") || text.startsWith("!")) {
    throw new RangeError(`"${value}" cannot be a filter value: a comma means OR and a leading "!" means NOT`);
  }
  return text;
};

/** Filters: the built-in ones and Diplomatic's own. */
export const filters = {
  contentType: (alias: DiplomaticContent["contentType"], negate = false) => `contentType:${negate ? "!" : ""}${alias}`,
  country: (...codes: string[]) => `${words.country}:${codes.map(listItem).join(",")}`,
  notCountry: (...codes: string[]) => `${words.country}:!${codes.map(listItem).join(",")}`,
  topic: (topic: string, negate = false) => `${words.topic}:${negate ? "!" : ""}${listItem(topic)}`,
  author: (id: string) => `${words.author}:${id}`,
  booklet: (id: string) => `${words.booklet}:${id}`,
  /** Leaves items out by key, e.g. the item itself next to `selectors.related(id)`. */
  exclude: (...ids: string[]) => `${words.exclude}:${ids.map(listItem).join(",")}`,
  eventType: (token: EventTypeToken) => `${words.eventType}:${token}`,
  publishDate: (op: DateOperator, date: string) => `${words.publishDate}${op}${isoDate(date)}`,
  eventDate: (op: DateOperator, date: string) => `${words.eventDate}${op}${isoDate(date)}`,
} as const;

/** Sorts. */
export const sorts = {
  publishDate: (direction: "asc" | "desc") => `${words.publishDate}:${direction}`,
  eventDate: (direction: "asc" | "desc") => `${words.eventDate}:${direction}`,
  sortOrder: (direction: "asc" | "desc" = "asc") => `sortOrder:${direction}`,
} as const;

/** Selectors (at most one per query). */
export const selectors = {
  children: (id: string) => `children:${id}`,
  descendants: (id: string) => `descendants:${id}`,
  related: (id: string) => `${words.related}:${id}`,
} as const;

/** A content query. */
export interface Query {
  fetch?: string;
  filter?: string[];
  sort?: string[];
  skip?: number;
  take?: number;
  expand?: string;
  fields?: string;
}

/** A booklet with its parts, in two requests. */
export interface BookletPage {
  booklet: BookletContent;
  articles: ArticleContent[];
  factBoxes: FactBoxContent[];
  /** Events by start date, earliest first. */
  timeline: EventContent[];
}

/** Creates a client. */
export function createDeliveryClient(options: DeliveryClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const root = options.baseUrl.replace(/\/+$/, "") + "/umbraco/delivery/api/v2/content";
  if (options.preview && !options.apiKey) throw new Error("Preview needs an API key");

  async function get<T>(url: string): Promise<T> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (options.apiKey) headers["Api-Key"] = options.apiKey;
    if (options.preview) headers["Preview"] = "true";
    if (options.culture) headers["Accept-Language"] = options.culture;
    if (options.startItem) headers["Start-Item"] = options.startItem;
    const response = await doFetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
    if (!response.ok) {
      let problem: ProblemDetails | null = null;
      try {
        problem = (await response.json()) as ProblemDetails;
      } catch {
        problem = null;
      }
      throw new DeliveryApiError(response.status, problem, url);
    }
    return (await response.json()) as T;
  }

  function queryString(query: Query): string {
    const parameters = new URLSearchParams();
    if (query.fetch) parameters.append("fetch", query.fetch);
    for (const filter of query.filter ?? []) parameters.append("filter", filter);
    for (const sort of query.sort ?? []) parameters.append("sort", sort);
    parameters.append("skip", String(query.skip ?? 0));
    parameters.append("take", String(query.take ?? 10));
    if (query.expand) parameters.append("expand", query.expand);
    if (query.fields) parameters.append("fields", query.fields);
    return parameters.toString();
  }

  // A never-published item's preview route is "/preview-{key}/". Umbraco 17 matches it only with its leading slash,
  // which routing strips from "item/{*path}", so the slash is sent encoded (Umbraco decodes it).
  const itemUrl = (path: string, expand?: string) => {
    const segments = path.split("/").filter(Boolean).map(encodeURIComponent).join("/");
    return `${root}/item/${segments.startsWith("preview-") ? "%2F" : ""}${segments}/` +
      (expand ? `?expand=${encodeURIComponent(expand)}` : "");
  };

  return {
    /** One item by path, relative to the start item. */
    getItem: <T extends DiplomaticContent = DiplomaticContent>(path: string, expand?: string) => get<T>(itemUrl(path, expand)),

    /** One page of a query. */
    query: <T extends DiplomaticContent = DiplomaticContent>(query: Query) => get<PagedResult<T>>(`${root}?${queryString(query)}`),

    /** Every item of a query, page by page. */
    async *queryAll<T extends DiplomaticContent = DiplomaticContent>(query: Query, pageSize = 100): AsyncGenerator<T> {
      let skip = query.skip ?? 0;
      for (;;) {
        const page = await get<PagedResult<T>>(`${root}?${queryString({ ...query, skip, take: pageSize })}`);
        yield* page.items;
        skip += page.items.length;
        if (page.items.length === 0 || skip >= page.total) return;
      }
    },

    /** A booklet with all its parts in two requests. */
    async getBooklet(path: string): Promise<BookletPage> {
      const booklet = await get<BookletContent>(itemUrl(path, "properties[authors]"));
      const children = await get<PagedResult<DiplomaticContent>>(
        `${root}?${queryString({
          fetch: selectors.children(booklet.id),
          sort: [sorts.sortOrder()],
          take: 100,
          expand: "properties[factBoxes,relatedArticles,authors]",
        })}`,
      );
      const items = children.items;
      return {
        booklet,
        articles: items.filter((i): i is ArticleContent => i.contentType === "article"),
        factBoxes: items.filter((i): i is FactBoxContent => i.contentType === "factBox"),
        timeline: items
          .filter((i): i is EventContent => i.contentType === "event")
          .sort((a, b) => (a.properties.startDate ?? "").localeCompare(b.properties.startDate ?? "")),
      };
    },
  };
}
