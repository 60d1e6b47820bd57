-- +goose Up

-- An uploaded image is served in several widths. Its images row holds the
-- widest rendition (at most 1280 px), which is what src, width and height
-- point at; image_variants holds the narrower ones for srcset. The
-- original file is not kept: it may carry EXIF/GPS metadata and can be
-- tens of megabytes, while a rendition is stripped and small.
--
-- Rows that were not uploaded (the SVG demo portraits) keep
-- original_width NULL, have no variants and stay out of the media library.
ALTER TABLE images
    ADD COLUMN original_name   text NOT NULL DEFAULT '',
    ADD COLUMN original_width  integer CHECK (original_width > 0),
    ADD COLUMN original_height integer CHECK (original_height > 0),
    -- Alt texts are defaults for every use of the image; a story keeps its
    -- own in stories.portrait_alt.
    ADD COLUMN alt_nl          text NOT NULL DEFAULT '',
    ADD COLUMN alt_en          text NOT NULL DEFAULT '',
    -- No foreign key: the library keeps an image when its uploader's account goes.
    ADD COLUMN uploaded_by     bigint,
    ADD CONSTRAINT images_original_size_check
        CHECK ((original_width IS NULL) = (original_height IS NULL));

-- The media library pages through uploads, newest first.
CREATE INDEX images_library_idx ON images (id DESC) WHERE original_width IS NOT NULL;

CREATE TABLE image_variants (
    image_id     bigint NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    width        integer NOT NULL CHECK (width > 0),
    height       integer NOT NULL CHECK (height > 0),
    content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
    -- Not unique: two uploads may render one identical small variant, and
    -- each must keep its own row so that deleting one leaves the other
    -- whole. Identical hashes mean identical bytes, so serving any is right.
    sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    data         bytea NOT NULL,
    PRIMARY KEY (image_id, width)
);
CREATE INDEX image_variants_sha256_idx ON image_variants (sha256);
-- JPEG and PNG are compressed already; don't let TOAST try again.
ALTER TABLE image_variants ALTER COLUMN data SET STORAGE EXTERNAL;

-- +goose Down
DROP TABLE image_variants;
DROP INDEX images_library_idx;
ALTER TABLE images
    DROP CONSTRAINT images_original_size_check,
    DROP COLUMN uploaded_by,
    DROP COLUMN alt_en,
    DROP COLUMN alt_nl,
    DROP COLUMN original_height,
    DROP COLUMN original_width,
    DROP COLUMN original_name;
