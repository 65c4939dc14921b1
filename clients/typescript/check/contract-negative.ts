// Proves the types are strict enough to catch wrong shapes: each line below MUST be a type error.
// If a type became too loose, tsc reports "Unused '@ts-expect-error' directive" and check.sh fails.
import type { ArticleContent, EventContent, FactBoxContent } from "../diplomatic-content";

const route = { path: "/x/", startItem: { id: "a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601", path: "the-diplomatic-insight" } };
const envelope = { name: "x", createDate: "2017-05-02T09:14:21", updateDate: "2017-05-02T09:14:21", route, id: "f1a00001-0000-4000-8000-000000000002", cultures: {} };

// @ts-expect-error a figure is a number, not a string
export const figureAsText: FactBoxContent = { ...envelope, contentType: "factBox", properties: { figure: "7.3" } };

// @ts-expect-error no such property on a fact box
export const unknownProperty: FactBoxContent = { ...envelope, contentType: "factBox", properties: { headlines: "x" } };

// @ts-expect-error "visit" is not an event-type label
export const unknownEventType: EventContent = { ...envelope, contentType: "event", properties: { eventType: "visit" } };

// @ts-expect-error a media picker prints an array
export const singleMedia: ArticleContent = { ...envelope, contentType: "article", properties: { heroImage: { url: "/media/x.jpg" } } };

// @ts-expect-error the content type decides the properties
export const wrongDiscriminator: ArticleContent = { ...envelope, contentType: "factBox", properties: {} };
