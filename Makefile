# Podium's developer and CI entry points. `make test` is what CI runs (through
# .ci/run); it installs what a fresh machine lacks first, then stops at the
# first failing check.

GO ?= go
GOFMT ?= gofmt

# Shell conditions that hold when a browser or PostgreSQL's server binaries
# are installed. PostgreSQL's initdb is rarely on PATH on Debian, so its
# versioned directory is checked too.
HAVE_CHROMIUM = { test -x /usr/bin/chromium || command -v chromium || command -v chromium-browser || command -v google-chrome; } >/dev/null 2>&1
HAVE_POSTGRES = { command -v initdb || ls /usr/lib/postgresql/*/bin/initdb; } >/dev/null 2>&1

# apt-install installs the Debian packages in $(1) when run as root, and
# otherwise says what to run and fails.
define apt-install
if [ "$$(id -u)" -ne 0 ]; then \
	echo "make: missing Debian package(s):$(1); install them as root: apt-get update && apt-get install -y$(1)" >&2; \
	exit 1; \
fi; \
echo "make: installing Debian package(s):$(1)"; \
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$(1) >/dev/null
endef

.PHONY: build run generate tools postgres-server test bench clean

build:
	$(GO) build -o bin/podium ./cmd/podium

# dev starts the private PostgreSQL under .data/, migrates, seeds and serves
# on :8080.
run: build postgres-server
	./bin/podium dev

generate:
	$(GO) tool templ generate

postgres-server:
	@$(HAVE_POSTGRES) || { $(call apt-install, postgresql); }

# tools installs what the tests need beyond Go: Chromium and PostgreSQL from
# Debian, axe-core from npm at the version that .ci/axe/package.json pins. It
# prints nothing when all of it is present.
tools:
	@missing=; \
	$(HAVE_CHROMIUM) || missing="$$missing chromium"; \
	$(HAVE_POSTGRES) || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then $(call apt-install,$$missing); fi
	@if ! command -v npm >/dev/null 2>&1; then \
		echo "make: npm is needed to install axe-core into .ci/axe" >&2; exit 1; \
	fi; \
	want=$$(node -p "require('./.ci/axe/package.json').dependencies['axe-core']"); \
	have=$$(node -p "try { require('./.ci/axe/node_modules/axe-core/package.json').version } catch { '' }"); \
	if [ "$$want" != "$$have" ]; then \
		echo "make: installing axe-core $$want into .ci/axe"; \
		npm ci --prefix .ci/axe --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null; \
	fi

test: tools
	@echo "==> gofmt"
	@files=$$(git ls-files --cached --others --exclude-standard -- '*.go' ':!:vendor/**' | \
		while read -r f; do if [ -f "$$f" ]; then echo "$$f"; fi; done); \
	unformatted=$$(if [ -n "$$files" ]; then $(GOFMT) -l $$files; fi); \
	if [ -n "$$unformatted" ]; then \
		echo "gofmt: these files are not formatted (run gofmt -w on them):" >&2; \
		echo "$$unformatted" >&2; exit 1; \
	fi
	@echo "==> go vet"
	@$(GO) vet ./...
	@echo "==> staticcheck"
	@$(GO) tool staticcheck ./...
	@echo "==> templ"
	@out=$$($(GO) tool templ generate 2>&1) || { echo "$$out" >&2; exit 1; }; \
	untracked=$$(git ls-files --others --exclude-standard -- '*_templ.go'); \
	if ! git diff --exit-code --stat -- '*_templ.go' || [ -n "$$untracked" ]; then \
		if [ -n "$$untracked" ]; then echo "untracked generated files:"; echo "$$untracked"; fi; \
		echo "generated templ code is not current: run make generate and commit" >&2; exit 1; \
	fi
	@echo "==> go test"
	PODIUM_REQUIRE_BROWSER=1 $(GO) test -race -count=1 -timeout 30m ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin
