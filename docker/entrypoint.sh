#!/bin/sh
# Starts Payara Micro with the Andes WAR. The application reads its own settings (ANDES_DB_URL, ANDES_OIDC_ISSUER, …)
# from the environment through MicroProfile Config; this script only turns the runtime's variables into options:
#
#   ANDES_MAX_RAM_PERCENTAGE      heap as a share of the container's memory limit (default 75)
#   ANDES_GC                      the garbage collector: Parallel (default), G1, Serial or Z. Parallel served about
#                                 55 % more requests than G1 on 2 cores with a heap of 1 GB (README, "Benchmark");
#                                 prefer G1 from about 4 cores or 4 GB of heap, where its shorter pauses pay off
#   ANDES_JAVA_OPTS               extra JVM options, e.g. -XX:+HeapDumpOnOutOfMemoryError
#   ANDES_INSTANCE_NAME           this instance's name in the cluster and the logs (default: the host name)
#   ANDES_CLUSTER_MODE            empty: a single instance, no Hazelcast. Otherwise Payara's --clustermode, e.g.
#                                 tcpip:app-1:6900,app-2:6900 (list every instance), dns:app:6900 or kubernetes:ns,svc
#   ANDES_CLUSTER_NAME            instances with the same name form one cluster (default andes)
#   ANDES_CLUSTER_PORT            the Hazelcast port (default 6900)
#   ANDES_CLUSTER_PUBLIC_ADDRESS  host:port the other instances reach this one at, when it differs (NAT)
#   ANDES_HTTP_MAX_THREADS        request threads (default six per core: on 2 cores 12 threads served about 50 % more
#                                 than Payara's own pool; raise it when requests wait long on other services)
#   ANDES_SECRETS_DIR             a directory of files named after settings (andes.db.password, …) that MicroProfile
#                                 Config also reads: Docker or Kubernetes secrets instead of variables
set -eu
set -f

set -- -XX:MaxRAMPercentage="${ANDES_MAX_RAM_PERCENTAGE:-75}" \
    -XX:+Use"${ANDES_GC:-Parallel}"GC \
    -XX:+ExitOnOutOfMemoryError \
    ${ANDES_JAVA_OPTS:-} \
    -jar /opt/andes/payara-micro.jar \
    --deploy /opt/andes/andes.war \
    --contextroot / \
    --port 8080 \
    --disablephonehome \
    --prebootcommandfile /opt/andes/preboot.asadmin \
    --name "${ANDES_INSTANCE_NAME:-${HOSTNAME:-andes}}"

set -- "$@" --maxhttpthreads "${ANDES_HTTP_MAX_THREADS:-$((6 * $(nproc)))}"

if [ -n "${ANDES_SECRETS_DIR:-}" ]; then
    set -- "$@" --secretsdir "$ANDES_SECRETS_DIR"
fi

if [ -z "${ANDES_CLUSTER_MODE:-}" ]; then
    set -- "$@" --nohazelcast
else
    set -- "$@" \
        --clustermode "$ANDES_CLUSTER_MODE" \
        --clustername "${ANDES_CLUSTER_NAME:-andes}" \
        --startport "${ANDES_CLUSTER_PORT:-6900}"
    if [ -n "${ANDES_CLUSTER_PUBLIC_ADDRESS:-}" ]; then
        set -- "$@" --hzpublicaddress "$ANDES_CLUSTER_PUBLIC_ADDRESS"
    fi
fi

exec java "$@"
