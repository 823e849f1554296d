import type { Exif } from "exif-reader";
import { describe, expect, it } from "vitest";
import { privateMetadataOf, type PrivateMetadata } from "./photo-metadata";

describe("privateMetadataOf", () => {
  it.each([
    ["no metadata", undefined, "", []],
    [
      "what every camera writes and no one minds",
      { bigEndian: false, Image: { Orientation: 1, XResolution: 72 } },
      "",
      [],
    ],
    [
      "a GPS position",
      { bigEndian: false, GPSInfo: { GPSLatitude: [20, 15, 7], GPSLongitude: [105, 58, 31] } },
      "",
      ["gps"],
    ],
    ["a GPS block without a position", { bigEndian: false, GPSInfo: { GPSVersionID: [2, 2, 0, 0] } }, "", []],
    ["maker and model", { bigEndian: false, Image: { Make: "Apple", Model: "iPhone 15" } }, "", ["make", "model"]],
    ["an empty maker", { bigEndian: false, Image: { Make: "  " } }, "", []],
    ["a body serial number", { bigEndian: false, Photo: { BodySerialNumber: "SN1" } }, "", ["serial"]],
    ["a lens serial number", { bigEndian: false, Photo: { LensSerialNumber: "L1" } }, "", ["serial"]],
    ["the owner's name", { bigEndian: false, Photo: { CameraOwnerName: "Nguyễn Văn A" } }, "", ["owner"]],
    [
      "everything, in a fixed order",
      {
        bigEndian: false,
        Photo: { CameraOwnerName: "A", BodySerialNumber: "1" },
        Image: { Model: "M", Make: "K" },
        GPSInfo: { GPSLongitude: [1, 2, 3] },
      },
      "",
      ["gps", "make", "model", "serial", "owner"],
    ],
    ["a position in XMP only", undefined, '<rdf:Description exif:GPSLatitude="20,15.1N"/>', ["gps"]],
    [
      "maker and serial in XMP",
      undefined,
      "<tiff:Make>Canon</tiff:Make><aux:SerialNumber>1</aux:SerialNumber>",
      ["make", "serial"],
    ],
  ] satisfies [string, Exif | undefined, string, PrivateMetadata[]][])("%s", (_what, exif, xmp, expected) => {
    expect(privateMetadataOf(exif, xmp)).toEqual(expected);
  });
});
