/** Commands a pipeline element plausibly starts with (for shell/unquoted-pipe-grep). */
export const KNOWN_COMMANDS: ReadonlySet<string> = new Set(
  (
    'awk cat column comm cut cw date diff dirname echo egrep env expand fgrep find fmt fold grep gzip gunzip head hexdump iconv ' +
    'jq join less md5sum more nl nohup od paste perl printf pv python python3 read rev rg ruby sed seq sh bash zsh sha1sum sha256sum ' +
    'shuf sort split ssh stat strings tac tail tee timeout tr true false uniq unexpand wc while xargs xxd yq zcat zgrep base64 bc dc ' +
    'basename readlink realpath ls du df ps pgrep pkill kill tmux screen nvidia-smi numfmt gawk mawk nawk sponge logger mail sleep ' +
    'test [ [[ tput ansi2html ts stdbuf unbuffer tr openssl gpg tar zstd xz bzip2 curl wget node npm npx docker kubectl git cp mv rm ' +
    'mkdir touch chmod chown rsync scp sftp aws gsutil rclone sqlite3 mysql psql redis-cli parallel xclip pbcopy clip while for if ' +
    'then do done fi case esac exec command eval source . local export declare set unset return exit break continue'
  ).split(/\s+/),
);
