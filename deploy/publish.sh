#!/usr/bin/env bash
# Publishes the built site (dist/) to a plain server, one release folder per publication, so that
# a reader never sees half of one and half of another:
#
#   deploy/publish.sh publish  <dist> <target>        upload <dist> as a new release, then switch to it
#   deploy/publish.sh rollback <target> [<release>]   switch back to the release before the current one
#   deploy/publish.sh list     <target>               the releases, the current one marked
#
# <target> is a folder on this machine (/srv/dan-van-kheo) or on a server reached by ssh
# (deploy@example.vn:/srv/dan-van-kheo). Under it:
#
#   releases/<id>/   one folder per publication; <id> is the UTC time and the commit, so they sort
#                    in the order they were published (RELEASE_ID overrides it)
#   current          a symbolic link to the release nginx serves (its `root`)
#
# Publishing uploads into releases/<id>.partial (files unchanged since the current release are
# hard links to it, so only changes travel), then, on the server: hashed assets of the release
# being replaced are linked into the new one (a page that a reader loaded a moment before the
# switch still finds its styles, images and search index), the folder takes its final name, and
# `current` is switched by renaming a new link over it (one rename: atomic). The last five
# releases are kept, the current one always. docs/deployment.md explains the whole path.
set -euo pipefail

KEEP=5
# Asset folders whose file names carry a hash of their content (see deploy/nginx.conf).
HASHED_ASSETS=(_astro pagefind/fragment pagefind/index pagefind/filter)

die() {
  echo "publish.sh: $*" >&2
  exit 1
}

usage() {
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# --- Run on the server (or locally, for a local target) --------------------------------------

# The releases under <base>, oldest first (ids sort by time), unfinished uploads left out.
server_releases() {
  local base=$1
  find "$base/releases" -mindepth 1 -maxdepth 1 -type d ! -name '*.partial' -printf '%f\n' | LC_ALL=C sort
}

server_current() {
  local base=$1
  if [ -L "$base/current" ]; then basename "$(readlink "$base/current")"; fi
}

# Lists the hashed assets a release was built with (not those it carries for an older one).
own_assets() {
  local release=$1 folder
  (
    cd "$release"
    for folder in "${HASHED_ASSETS[@]}"; do
      if [ -d "$folder" ]; then find "$folder" -type f; fi
    done
    find pagefind -maxdepth 1 -type f -name '*.pf_meta' 2>/dev/null || true
  ) | LC_ALL=C sort
}

# Links into <to> the hashed assets that <from> was built with and <to> lacks. Names are
# content hashes, so a file of the same name is the same file; none is ever overwritten.
carry_assets() {
  local from=$1 to=$2 path
  [ -f "$from/.assets" ] || return 0
  while IFS= read -r path; do
    if [ -n "$path" ] && [ -f "$from/$path" ] && [ ! -e "$to/$path" ]; then
      mkdir -p "$to/$(dirname "$path")"
      ln "$from/$path" "$to/$path"
    fi
  done <"$from/.assets"
}

# Points `current` at releases/<id> in one rename, after carrying the outgoing release's assets.
switch_to() {
  local base=$1 id=$2 outgoing
  outgoing=$(server_current "$base")
  if [ -n "$outgoing" ] && [ "$outgoing" != "$id" ]; then
    carry_assets "$base/releases/$outgoing" "$base/releases/$id"
  fi
  ln -sfn "releases/$id" "$base/current.next"
  mv -T "$base/current.next" "$base/current"
}

server_prepare() {
  local base=$1 id=$2 current
  mkdir -p "$base/releases"
  [ ! -e "$base/releases/$id" ] || die "release $id exists already"
  current=$(server_current "$base")
  # Where unchanged files can be linked from: the current release.
  if [ -n "$current" ]; then echo "$base/releases/$current"; fi
}

server_activate() {
  local base=$1 id=$2 upload release old
  upload="$base/releases/$id.partial"
  release="$base/releases/$id"
  [ -f "$upload/index.html" ] || die "$upload has no index.html: upload incomplete"
  own_assets "$upload" >"$upload/.assets"
  mv -T "$upload" "$release"
  switch_to "$base" "$id"
  # Older releases beyond the last $KEEP go, never the current one; so do uploads that never finished.
  server_releases "$base" | head -n "-$KEEP" | while IFS= read -r old; do
    if [ "$old" != "$id" ]; then rm -rf -- "${base:?}/releases/$old"; fi
  done
  find "$base/releases" -mindepth 1 -maxdepth 1 -type d -name '*.partial' ! -name "$id.partial" -exec rm -rf -- {} +
  echo "published $id"
}

server_rollback() {
  local base=$1 wanted=${2:-} current previous
  current=$(server_current "$base")
  [ -n "$current" ] || die "nothing is published at $base"
  if [ -z "$wanted" ]; then
    previous=$(server_releases "$base" | grep -Fx -B1 -- "$current" | head -n 1 || true)
    if [ -z "$previous" ] || [ "$previous" = "$current" ]; then
      die "no release before $current is kept: nothing to roll back to"
    fi
    wanted=$previous
  fi
  [ -d "$base/releases/$wanted" ] || die "no release $wanted (see: publish.sh list)"
  switch_to "$base" "$wanted"
  echo "current: $wanted (was $current)"
}

server_list() {
  local base=$1 current release
  current=$(server_current "$base")
  server_releases "$base" | while IFS= read -r release; do
    if [ "$release" = "$current" ]; then echo "* $release"; else echo "  $release"; fi
  done
}

# --- Run where the build is ------------------------------------------------------------------

# Splits <target> into HOST (empty for a local folder) and BASE.
parse_target() {
  local target=$1
  if [[ $target =~ ^([^/:]+):(.+)$ ]]; then
    HOST=${BASH_REMATCH[1]}
    BASE=${BASH_REMATCH[2]}
  else
    HOST=""
    BASE=$target
  fi
  # Passed through ssh and rsync: a plain absolute path, nothing a shell could read differently.
  [[ $BASE =~ ^/[A-Za-z0-9._/-]+$ ]] || die "the target folder must be an absolute path of letters, digits and ._-/: $BASE"
  BASE=${BASE%/}
}

# Runs a server_* command on the target: here, or on HOST by sending this script to its bash.
on_server() {
  if [ -z "$HOST" ]; then
    "server_$1" "${@:2}"
  else
    # shellcheck disable=SC2029 # the arguments are meant to be expanded here, quoted for the remote shell
    ssh -o BatchMode=yes -- "$HOST" "bash -s -- _server $(printf '%q ' "$@")" <"${BASH_SOURCE[0]}"
  fi
}

default_release_id() {
  local commit=${GITHUB_SHA:-}
  if [ -z "$commit" ]; then commit=$(git rev-parse HEAD 2>/dev/null || echo local); fi
  echo "$(date -u +%Y%m%dT%H%M%SZ)-${commit:0:7}"
}

publish() {
  local dist=${1:?} link_from destination
  parse_target "${2:?}"
  [ -f "$dist/index.html" ] || die "$dist has no index.html: build the site first (npm run build)"
  local id=${RELEASE_ID:-$(default_release_id)}
  [[ $id =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ && $id != *.partial ]] || die "release id of letters, digits and ._- only: $id"
  link_from=$(on_server prepare "$BASE" "$id")
  destination="$BASE/releases/$id.partial/"
  if [ -n "$HOST" ]; then destination="$HOST:$destination"; fi
  # --checksum: a file is linked to the current release when its bytes are the same, whatever
  # its date, so an unchanged page keeps its ETag and readers' caches stay valid. No --times:
  # rsync links only files whose preserved attributes all match, and a fresh build's dates never do.
  command -v rsync >/dev/null || die "rsync is needed here (apt-get install rsync), and on the server for an ssh target"
  rsync --recursive --links --perms --checksum --delete \
    --chmod=Du=rwx,Dgo=rx,Fu=rw,Fgo=r \
    ${link_from:+--link-dest="$link_from"} \
    "$dist/" "$destination"
  on_server activate "$BASE" "$id"
}

main() {
  local command=${1:-}
  case "$command" in
    publish)
      [ $# -eq 3 ] || usage
      publish "$2" "$3"
      ;;
    rollback)
      [ $# -eq 2 ] || [ $# -eq 3 ] || usage
      parse_target "$2"
      on_server rollback "$BASE" "${3:-}"
      ;;
    list)
      [ $# -eq 2 ] || usage
      parse_target "$2"
      on_server list "$BASE"
      ;;
    _server)
      # Sent by on_server through ssh: the server's half of a command.
      case "${2:-}" in
        prepare | activate | rollback | list) "server_$2" "${@:3}" ;;
        *) usage ;;
      esac
      ;;
    *) usage ;;
  esac
}

main "$@"
